import { Alert, App, DatePicker, Form, Input, Modal, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { UserOut } from '../../../src-shared/contract/users';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { applyFieldErrors } from '../../ui/errors';
import { useRpc } from '../../ui/use-rpc';

/** "Absent": dates and reason; also lists the seller's past absences. */
export function AbsenceModal({ user, onClose, onSaved }: { user: UserOut; onClose(): void; onSaved(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ range: [Dayjs, Dayjs]; reason: string }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const history = useRpc(() => api.absences.list({ userId: user.id }), [user.id]);

  const save = async (v: { range: [Dayjs, Dayjs]; reason: string }) => {
    setBusy(true);
    try {
      await api.absences.create({ userId: user.id, startDate: v.range[0].format('YYYY-MM-DD'), endDate: v.range[1].format('YYYY-MM-DD'), reason: v.reason });
      message.success(t('users.absentSaved'));
      onSaved();
    } catch (e) {
      setError(applyFieldErrors(form, e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={`${t('users.absentTitle')}: ${user.firstName} ${user.lastName}`.trim()} onCancel={onClose} onOk={() => form.submit()} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={busy} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={save} initialValues={{ range: [dayjs(), dayjs()] }}>
        <Form.Item name="range" label={`${t('users.absentStart')} — ${t('users.absentEnd')}`} rules={[{ required: true, message: t('field.required') }]}>
          <DatePicker.RangePicker format="DD.MM.YYYY" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('users.absentReason')} rules={[{ required: true, whitespace: true, message: t('field.required') }]}>
          <Input placeholder={t('users.absentReasonPlaceholder')} />
        </Form.Item>
      </Form>
      {(history.data?.length ?? 0) > 0 && (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          title={() => t('users.absences')}
          dataSource={history.data ?? []}
          columns={[
            { title: t('users.absentStart'), dataIndex: 'startDate' },
            { title: t('users.absentEnd'), dataIndex: 'endDate' },
            { title: t('users.absentReason'), dataIndex: 'reason' },
          ]}
        />
      )}
    </Modal>
  );
}
