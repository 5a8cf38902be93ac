import { Form, Input, Typography } from 'antd';
import type { LeaveOut } from '../../../src-shared/contract/leave';
import { leaveWhen } from '../../../src-shared/domain/leave';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { FormModal } from '../../ui/form-modal';

/** "Rad etish": the reason is required; the seller is told it. */
export function RejectModal({ leave, onClose, onDone }: { leave: LeaveOut; onClose(): void; onDone(): void }) {
  const { t } = useI18n();
  return (
    <FormModal<{ reason: string }>
      name="leave-reject"
      title={`${t('leave.reject')}: ${leave.userName}`}
      okText={t('leave.reject')}
      successMessage={t('leave.rejected')}
      onClose={onClose}
      onSubmit={async (v) => {
        await api.leave.reject({ id: leave.id, reason: v.reason });
        onDone();
      }}
    >
      <Typography.Paragraph type="secondary">
        {t(`leave.type.${leave.type}`)}: {leaveWhen(leave)} · {t(`leave.reason.${leave.reason}`)}
        {leave.comment ? ` — ${leave.comment}` : ''}
      </Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('leave.rejectReason')}
        rules={[{ required: true, whitespace: true, message: t('field.required') }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount autoFocus data-testid="leave-reject-reason" />
      </Form.Item>
    </FormModal>
  );
}
