import { Alert, Descriptions, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import type { BotState } from '../../../src-shared/contract/telegram';
import { api, type Output } from '../../api/client';
import { tKey, useI18n } from '../../app/i18n';
import { formatDateTime } from '../../ui/format';
import { useRpc } from '../../ui/use-rpc';

export type BotStatusOut = Output<'telegram.status'>;

/** How often the open settings page asks the bot how it stands. */
const POLL_MS = 5000;

const STATE_COLOR: Record<BotState, string | undefined> = {
  off: undefined,
  connected: 'green',
  bad_token: 'red',
  offline: 'orange',
  conflict: 'orange',
};

/** `telegram.status`, asked again every 5 s while the page is open (and by `reload` after a save). */
export function useBotStatus() {
  const rpc = useRpc(() => api.telegram.status(), []);
  const { reload } = rpc;
  useEffect(() => {
    const timer = setInterval(() => void reload(), POLL_MS);
    return () => clearInterval(timer);
  }, [reload]);
  return rpc;
}

/** "Holat" as a coloured tag: ulangan (green), token noto'g'ri (red), internet yo'q (orange)… */
export function BotStateTag({ state }: { state: BotState }) {
  const { t } = useI18n();
  return (
    <Tag color={STATE_COLOR[state]} data-testid="tg-state" data-state={state} style={{ marginInlineEnd: 0 }}>
      {t(`tg.state.${state}`)}
    </Tag>
  );
}

/** Bot: @username (a link to it), its state, the last error and when, notices waiting to go. */
export function BotStatus({
  status,
  error,
  username,
}: {
  status: BotStatusOut | null;
  error: string | null;
  /** From the settings, while the status is not known yet. */
  username: string | null;
}) {
  const { t } = useI18n();
  const bot = status?.botUsername ?? username;
  return (
    <>
      {error && <Alert type="warning" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Descriptions column={1} size="small" bordered styles={{ label: { width: 200 } }} data-testid="tg-status">
        <Descriptions.Item label={t('tg.bot')}>
          {bot ? (
            <a href={`https://t.me/${bot}`} target="_blank" rel="noreferrer" data-testid="tg-bot-username">
              @{bot}
            </a>
          ) : (
            '—'
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('tg.status')}>
          {status ? <BotStateTag state={status.state} /> : '—'}
        </Descriptions.Item>
        {status?.lastError && (
          <Descriptions.Item label={t('tg.lastError')}>
            <span data-testid="tg-last-error">{tKey(t, status.lastError)}</span>
            {status.lastErrorAt !== null && (
              <>
                <br />
                <Typography.Text type="secondary">{formatDateTime(status.lastErrorAt)}</Typography.Text>
              </>
            )}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('tg.queued')}>
          <span data-testid="tg-queued">{status ? status.queued : '—'}</span>
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}
