import { TelegramFilled } from '@ant-design/icons';
import { Space, Tooltip } from 'antd';
import type { UserOut } from '../../../src-shared/contract/users';
import { useI18n } from '../../app/i18n';

/**
 * The users list's Telegram cell: @username, and whether the bot reaches them — a green Telegram
 * icon (linked) or a red one (blocked the bot), its meaning on hover. An icon, not a tag, so the
 * sellers' table still fits 1280 px.
 */
export function UserTelegram({
  user,
}: {
  user: Pick<UserOut, 'telegramUsername' | 'telegramLinked' | 'telegramBlocked'>;
}) {
  const { t } = useI18n();
  const name = user.telegramUsername?.replace(/^@/, '');
  const mark = user.telegramLinked
    ? { color: '#52c41a', label: t('tg.userLinked'), hint: t('tg.userLinkedHint'), testId: 'tg-user-linked' }
    : user.telegramBlocked
      ? { color: '#ff4d4f', label: t('tg.userBlocked'), hint: t('tg.userBlockedHint'), testId: 'tg-user-blocked' }
      : null;
  return (
    <Space size={6} wrap={false} align="center">
      {(name || !mark) && <span>{name ? `@${name}` : '—'}</span>}
      {mark && (
        <Tooltip title={mark.hint}>
          <TelegramFilled
            role="img"
            aria-label={mark.label}
            data-testid={mark.testId}
            style={{ color: mark.color, fontSize: 16 }}
          />
        </Tooltip>
      )}
    </Space>
  );
}
