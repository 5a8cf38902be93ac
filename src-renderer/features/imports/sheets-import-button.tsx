import { CloudDownloadOutlined } from '@ant-design/icons';
import { Button, Card, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { useRpc } from '../../ui/use-rpc';

/**
 * "Google Sheets Import" under the drop zone (admin, manager): reads the sheet of the system settings
 * and previews it like a file. Without a sheet set it says where to set it.
 */
export function SheetsImportButton({ busy, onRun }: { busy: boolean; onRun(): void }) {
  const { t } = useI18n();
  const user = useUser();
  const { data } = useRpc(() => api.settings.get(), []);
  const sheet = data?.sheetsSpreadsheet ?? null;
  return (
    <Card size="small" style={{ marginTop: 16 }} data-testid="sheets-import">
      <Space wrap align="center" size={16}>
        <Button
          icon={<CloudDownloadOutlined />}
          onClick={onRun}
          disabled={busy || (!!data && !sheet)}
          data-testid="sheets-run"
        >
          {t('imports.sheets.run')}
        </Button>
        {data && !sheet ? (
          <Typography.Text type="secondary">
            {t('imports.sheets.notSetHint')}{' '}
            {user.role === 'admin' && <Link to="/system/settings">{t('menu.system.settings')}</Link>}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary" ellipsis style={{ maxWidth: 640 }}>
            {t('imports.sheets.settingsHint')}
          </Typography.Text>
        )}
      </Space>
    </Card>
  );
}
