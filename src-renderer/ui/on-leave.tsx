import { Tag } from 'antd';
import { leaveWhen, type LeaveTimes } from '../../src-shared/domain/leave';
import { useI18n } from '../app/i18n';

/** "Ruxsatda": approved leave covers today; its period on hover when known. */
export function OnLeaveTag({ leave }: { leave?: LeaveTimes | null }) {
  const { t } = useI18n();
  return (
    <Tag color="orange" title={leave ? leaveWhen(leave) : undefined} style={{ marginInlineEnd: 0 }}>
      {t('leave.onLeave')}
    </Tag>
  );
}
