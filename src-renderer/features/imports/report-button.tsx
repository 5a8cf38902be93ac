import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { DownloadButton } from '../../ui/download-button';

/** "Hisobotni yuklab olish": every row of the file with its outcome, as an .xlsx. */
export function ReportButton({ importId, type }: { importId: number; type?: 'primary' | 'default' }) {
  const { t } = useI18n();
  return (
    <DownloadButton
      load={() => api.imports.report({ importId })}
      label={t('imports.download')}
      title={t('imports.downloadHint')}
      type={type}
      testId="import-report"
    />
  );
}
