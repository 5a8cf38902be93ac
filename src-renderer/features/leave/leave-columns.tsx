import { Space, Tag, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { LeaveOut } from '../../../src-shared/contract/leave';
import { leaveWhen, type LeaveStatus } from '../../../src-shared/domain/leave';
import { useI18n } from '../../app/i18n';
import { formatDateTime } from '../../ui/format';

export const LEAVE_STATUS_COLOR: Record<LeaveStatus, string> = {
  pending: 'gold',
  approved: 'green',
  rejected: 'red',
  cancelled: 'default',
};

/** Free text in a table: wraps at this width instead of widening the table. */
const wrap = { display: 'inline-block', maxWidth: 280, whiteSpace: 'normal', overflowWrap: 'anywhere' } as const;

/** The columns every leave table shares ("Mening So'rovlarim", "Kutilmoqda", "Ko'rib chiqilganlar"). */
export function useLeaveColumns() {
  const { t } = useI18n();
  const col = (c: ColumnType<LeaveOut>) => c;
  return {
    seller: col({ title: t('leave.seller'), key: 'seller', dataIndex: 'userName' }),
    type: col({ title: t('leave.type'), key: 'type', render: (_, l) => t(`leave.type.${l.type}`) }),
    when: (title = t('leave.when')) =>
      col({
        title,
        key: 'when',
        render: (_, l) => <span style={{ whiteSpace: 'nowrap' }}>{leaveWhen(l)}</span>,
      }),
    reason: col({
      title: t('leave.reason'),
      key: 'reason',
      render: (_, l) => (
        <Space orientation="vertical" size={0}>
          <span>{t(`leave.reason.${l.reason}`)}</span>
          {l.comment && (
            <Typography.Text type="secondary" style={wrap}>
              {l.comment}
            </Typography.Text>
          )}
        </Space>
      ),
    }),
    requested: col({
      title: t('leave.requestedAt'),
      key: 'requested',
      render: (_, l) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(l.createdAt)}</span>,
    }),
    status: col({
      title: t('leave.status'),
      key: 'status',
      render: (_, l) => (
        <Tag color={LEAVE_STATUS_COLOR[l.status]} data-testid={`leave-status-${l.id}`}>
          {t(`leave.status.${l.status}`)}
        </Tag>
      ),
    }),
    /** The decision: why it was rejected, who decided and when. */
    answer: col({
      title: t('leave.answer'),
      key: 'answer',
      render: (_, l) =>
        l.status === 'pending' || l.status === 'cancelled' || l.reviewedAt === null ? (
          '—'
        ) : (
          <Space orientation="vertical" size={0}>
            {l.rejectReason && <span style={wrap}>{l.rejectReason}</span>}
            <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
              {[l.reviewerName, formatDateTime(l.reviewedAt)].filter(Boolean).join(' · ')}
            </Typography.Text>
          </Space>
        ),
    }),
  };
}
