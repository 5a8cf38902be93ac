import { CloudUploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Progress, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Output } from '../../../src-shared/contract/api';
import type { PreviewOut } from '../../../src-shared/contract/imports';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { errorText } from '../../ui/errors';
import { SellerSelect } from '../../ui/pickers';
import { ReportButton } from './report-button';
import type { Mapping } from './use-import';

export type CommitResult = Output<'imports.commit'>;

const TICK_MS = 250;

/**
 * A bar that moves while the import runs: the call answers only when it is done (all or nothing),
 * so the bar creeps towards the end and never claims to be there before the answer.
 */
function useCreepingPercent(running: boolean) {
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setElapsed((ms) => ms + TICK_MS), TICK_MS);
    return () => clearInterval(timer);
  }, [running]);
  const percent = Math.round(3 + 92 * (1 - Math.exp(-elapsed / 6000)));
  return { percent, restart: () => setElapsed(0) };
}

/** "Import qilish": whom the leads go to (admin/manager), the button, the progress while it runs. */
export function CommitCard({
  preview,
  mapping,
  counting,
  onDone,
}: {
  preview: PreviewOut;
  mapping: Mapping | undefined;
  counting: boolean;
  onDone(result: CommitResult): void;
}) {
  const { t } = useI18n();
  const user = useUser();
  const team = user.role !== 'seller';
  const [sellerId, setSellerId] = useState<number | 'auto'>('auto');
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const progress = useCreepingPercent(running);
  // Without a name and a phone column nothing can go in: the columns card says which one to choose.
  const unmapped = preview.missing.length > 0;
  const nothing = preview.counts.valid === 0;

  const commit = async () => {
    progress.restart();
    setRunning(true);
    setError(null);
    try {
      const result = await api.imports.commit({
        importId: preview.importId,
        sellerId: team ? sellerId : undefined,
        mapping,
      });
      onDone(result);
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setRunning(false);
    }
  };

  return (
    <Card title={t('imports.commit')}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {nothing && !unmapped && (
        <Alert type="warning" showIcon title={t('imports.nothingValid')} style={{ marginBottom: 16 }} />
      )}
      {team ? (
        <Form layout="vertical">
          <Form.Item label={t('imports.assignTo')} style={{ maxWidth: 360 }}>
            <SellerSelect<number | 'auto'>
              value={sellerId}
              onChange={setSellerId}
              extra={[{ value: 'auto', label: t('leads.auto') }]}
              disabled={running}
              style={{ width: '100%' }}
              data-testid="import-seller"
            />
          </Form.Item>
        </Form>
      ) : (
        <Typography.Paragraph>{t('imports.selfAssigned')}</Typography.Paragraph>
      )}
      <Space wrap>
        <Button
          type="primary"
          icon={<CloudUploadOutlined />}
          disabled={nothing || unmapped || counting}
          loading={running}
          onClick={() => void commit()}
          data-testid="import-commit"
        >
          {t('imports.commit')}
        </Button>
        <ReportButton importId={preview.importId} />
      </Space>
      {running && (
        <div style={{ marginTop: 16 }} data-testid="import-progress">
          <Space>
            <Spin size="small" />
            <Typography.Text>{t('imports.running')}</Typography.Text>
          </Space>
          <Progress percent={progress.percent} status="active" showInfo={false} />
        </div>
      )}
    </Card>
  );
}
