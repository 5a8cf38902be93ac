import { App, Button, Result, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Output } from '../../../src-shared/contract/api';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { errorText } from '../../ui/errors';
import { formatDateTime } from '../../ui/format';

/**
 * Recovery mode (SPEC §12): the app started on a damaged database. It says so, names the newest sound
 * backup, and (on this PC only) restores it; the damaged file is kept as a pre-restore copy.
 */
export function RecoveryPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [info, setInfo] = useState<Output<'backups.recovery'> | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  useEffect(() => {
    api.backups
      .recovery()
      .then(setInfo)
      .catch((e: unknown) => message.error(errorText(e, t)));
  }, [message, t]);

  const restore = async () => {
    setBusy(true);
    try {
      await api.backups.recoveryRestore();
      setDone(true);
      // The server starts its core on the restored file; the page then loads as usual.
      setTimeout(() => window.location.reload(), 2500);
    } catch (e) {
      message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  if (!info) return <Spin size="large" style={{ display: 'block', marginTop: '30vh' }} />;
  if (done) return <Result status="success" title={t('backups.recovery.done')} />;
  const newest = info.newest;
  return (
    <Result
      status="error"
      title={t('backups.recovery.title')}
      subTitle={t('backups.recovery.text', { reason: info.reason ?? '' })}
      extra={
        <div style={{ maxWidth: 640, margin: '0 auto' }} data-testid="recovery">
          {newest ? (
            <>
              <Typography.Paragraph>
                {t('backups.recovery.offer', {
                  date: formatDateTime(newest.createdAt),
                  kind: t(`backups.kind.${newest.kind}`),
                })}
              </Typography.Paragraph>
              {info.canRestore ? (
                <Button type="primary" danger loading={busy} onClick={() => void restore()}>
                  {t('backups.recovery.restore')}
                </Button>
              ) : (
                <Typography.Text type="warning">{t('backups.recovery.onlyHere')}</Typography.Text>
              )}
            </>
          ) : (
            <Typography.Text type="danger">{t('backups.recovery.none')}</Typography.Text>
          )}
        </div>
      }
    />
  );
}
