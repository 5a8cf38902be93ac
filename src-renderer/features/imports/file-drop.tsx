import { InboxOutlined } from '@ant-design/icons';
import { Spin, Typography, Upload } from 'antd';
import { useI18n } from '../../app/i18n';
import { PICKER_ACCEPT } from './read-file';

/**
 * The drop zone: a file dropped or chosen goes to `onFile` and nothing is uploaded by antd itself
 * (`beforeUpload` returns false). Every dropped file is passed on, whatever its type, so an .xls
 * or a .pdf gets its own clear message rather than being silently ignored.
 */
export function FileDrop({ onFile, busy }: { onFile(file: File): void; busy: string | null }) {
  const { t } = useI18n();
  return (
    <div data-testid="import-drop">
      <Spin spinning={busy !== null} description={busy ?? undefined}>
        <Upload.Dragger
          accept={{ format: PICKER_ACCEPT, filter: 'native' }}
          multiple={false}
          showUploadList={false}
          disabled={busy !== null}
          beforeUpload={(file) => {
            onFile(file);
            return false;
          }}
          data-testid="import-file-input"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <Typography.Title level={4} style={{ margin: '0 16px 8px' }}>
            {t('imports.dropTitle')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ margin: '0 16px' }}>
            {t('imports.dropHint')}
          </Typography.Paragraph>
        </Upload.Dragger>
      </Spin>
    </div>
  );
}
