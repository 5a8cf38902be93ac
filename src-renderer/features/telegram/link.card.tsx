import { CheckCircleFilled, TelegramFilled } from '@ant-design/icons';
import { Alert, Button, Card, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useSession, useUser } from '../../app/session';
import { errorText } from '../../ui/errors';
import { useAction } from '../../ui/use-action';
import { LinkCodeView, type LinkCode } from './link-code';

/**
 * "Sozlamalar → Telegram" (every user): linked or not, "Telegramni ulash" (a one-time code, its
 * link and QR code) and "Uzish". The core sends `user.changed` when the bot links the chat, and the
 * app refreshes the signed-in user on it, so the card turns to "ulangan" by itself.
 */
export function TelegramLinkCard() {
  const { t, lang } = useI18n();
  const user = useUser();
  const { refresh } = useSession();
  const act = useAction();
  const [code, setCode] = useState<LinkCode | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const link = async () => {
    setBusy(true);
    setError(null);
    try {
      setCode(await api.telegram.linkCode({ lang }));
    } catch (e) {
      setCode(null);
      setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  const unlink = () =>
    act(
      () => api.telegram.unlink(),
      null,
      () => refresh().catch(() => {}),
    );

  const linked = user.telegramLinked;
  // Once the chat is linked its code is used up: drop it, so a later "Uzish" does not show it again.
  const [wasLinked, setWasLinked] = useState(linked);
  if (linked !== wasLinked) {
    setWasLinked(linked);
    if (linked) setCode(null);
  }
  return (
    <Card title={t('tg.profileTitle')} data-testid="tg-profile">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {linked ? (
          <Typography.Text data-testid="tg-profile-state" data-state="linked">
            <CheckCircleFilled style={{ color: '#52c41a', marginInlineEnd: 8 }} />
            {t('tg.linked')}
          </Typography.Text>
        ) : user.telegramBlocked ? (
          <Alert type="warning" showIcon title={t('tg.blocked')} data-testid="tg-profile-state" data-state="blocked" />
        ) : (
          <Typography.Text type="secondary" data-testid="tg-profile-state" data-state="not-linked">
            {t('tg.notLinked')}
          </Typography.Text>
        )}
        {error && <Alert type="error" showIcon title={error} data-testid="tg-error" />}
        {linked ? (
          <Popconfirm
            title={<div style={{ maxWidth: 320 }}>{t('tg.unlinkConfirm')}</div>}
            okText={t('common.yes')}
            cancelText={t('common.no')}
            okButtonProps={{ danger: true }}
            onConfirm={unlink}
          >
            <Button danger data-testid="tg-unlink">
              {t('tg.unlink')}
            </Button>
          </Popconfirm>
        ) : (
          <>
            <Button type="primary" icon={<TelegramFilled />} loading={busy} onClick={link} data-testid="tg-link-button">
              {t('tg.link')}
            </Button>
            {code && <LinkCodeView code={code} />}
          </>
        )}
      </Space>
    </Card>
  );
}
