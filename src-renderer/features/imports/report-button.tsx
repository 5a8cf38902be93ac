import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { downloadBase64 } from '../../ui/download';
import { errorText } from '../../ui/errors';

/** "Hisobotni yuklab olish": every row of the file with its outcome, as an .xlsx. */
export function ReportButton({ importId, type }: { importId: number; type?: 'primary' | 'default' }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const file = await api.imports.report({ importId });
      downloadBase64(file.fileName, file.contentBase64);
    } catch (e) {
      message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      type={type}
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={() => void download()}
      title={t('imports.downloadHint')}
      data-testid="import-report"
    >
      {t('imports.download')}
    </Button>
  );
}
