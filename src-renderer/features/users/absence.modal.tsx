import { DatePicker, Form, Input, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { UserOut } from '../../../src-shared/contract/users';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { FormModal, required } from '../../ui/form-modal';
import { formatIsoDate } from '../../ui/format';
import { useRpc } from '../../ui/use-rpc';

/** "Absent": dates and reason; also lists the seller's past absences. */
export function AbsenceModal({ user, onClose, onSaved }: { user: UserOut; onClose(): void; onSaved(): void }) {
  const { t } = useI18n();
  const history = useRpc(() => api.absences.list({ userId: user.id }), [user.id]);
  const past = history.data ?? [];
  return (
    <FormModal<{ range: [Dayjs, Dayjs]; reason: string }>
      title={`${t('users.absentTitle')}: ${user.firstName} ${user.lastName}`.trim()}
      successMessage={t('users.absentSaved')}
      initialValues={{ range: [dayjs(), dayjs()] }}
      onClose={onClose}
      onSubmit={async (v) => {
        await api.absences.create({
          userId: user.id,
          startDate: v.range[0].format('YYYY-MM-DD'),
          endDate: v.range[1].format('YYYY-MM-DD'),
          reason: v.reason,
        });
        onSaved();
      }}
      after={
        past.length > 0 && (
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            title={() => t('users.absences')}
            dataSource={past}
            columns={[
              { title: t('users.absentStart'), dataIndex: 'startDate', render: formatIsoDate },
              { title: t('users.absentEnd'), dataIndex: 'endDate', render: formatIsoDate },
              { title: t('users.absentReason'), dataIndex: 'reason' },
            ]}
          />
        )
      }
    >
      <Form.Item name="range" label={`${t('users.absentStart')} — ${t('users.absentEnd')}`} rules={required(t)}>
        <DatePicker.RangePicker format="DD.MM.YYYY" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('users.absentReason')}
        rules={[{ required: true, whitespace: true, message: t('field.required') }]}
      >
        <Input placeholder={t('users.absentReasonPlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
