import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../../app/i18n';
import type { CommitResult } from './commit-card';
import { ReportButton } from './report-button';

/** What the import did: "N ta lid import qilindi", what was skipped, the report, and where to go next. */
export function ResultView({ result, importId, onAgain }: { result: CommitResult; importId: number; onAgain(): void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const skipped = result.skippedDuplicates + result.skippedInvalid > 0;
  return (
    <div data-testid="import-result">
      <Result
        status={result.imported > 0 ? 'success' : 'warning'}
        title={t('imports.done', { count: result.imported })}
        subTitle={
          <>
            {skipped && (
              <div>
                {t('imports.skipped', { duplicates: result.skippedDuplicates, invalid: result.skippedInvalid })}
              </div>
            )}
            {result.imported > 0 && <div>{t('imports.doneHint')}</div>}
          </>
        }
        extra={[
          <Button key="leads" type="primary" onClick={() => navigate('/leads')} data-testid="import-to-leads">
            {t('menu.leads.all')}
          </Button>,
          <ReportButton key="report" importId={importId} />,
          <Button key="again" onClick={onAgain} data-testid="import-again">
            {t('imports.again')}
          </Button>,
        ]}
      />
    </div>
  );
}
