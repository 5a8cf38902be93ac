import { Tag } from 'antd';
import type { UserOut } from '../../src-shared/contract/users';
import { leaveWhen, type LeaveTimes } from '../../src-shared/domain/leave';
import { useI18n } from '../app/i18n';
import { formatIsoDate } from './format';

/** "Ruxsatda": approved leave covers today; its period on hover when known. */
export function OnLeaveTag({ leave }: { leave?: LeaveTimes | null }) {
  const { t } = useI18n();
  return (
    <Tag color="orange" title={leave ? leaveWhen(leave) : undefined} style={{ marginInlineEnd: 0 }}>
      {t('leave.onLeave')}
    </Tag>
  );
}

/** Why a user is away today: "Ishda emas" (an absence, its dates and reason on hover) and "Ruxsatda". */
export function AwayTags({ user }: { user: Pick<UserOut, 'absentNow' | 'onLeaveNow'> }) {
  const { t } = useI18n();
  const a = user.absentNow;
  return (
    <>
      {a && (
        <Tag
          color="red"
          title={`${formatIsoDate(a.startDate)} – ${formatIsoDate(a.endDate)}: ${a.reason}`}
          style={{ marginInlineEnd: 0 }}
        >
          {t('users.absent')}
        </Tag>
      )}
      {user.onLeaveNow && <OnLeaveTag leave={user.onLeaveNow} />}
    </>
  );
}
