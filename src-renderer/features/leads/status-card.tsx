import { Alert, App, Button, Card, Form, Input, Select, Typography } from 'antd';
import type { LeadOut } from '../../../src-shared/contract/leads';
import { LOST_REASONS, type LeadStatus, type LostReason } from '../../../src-shared/domain/lead-status';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { useFormSubmit } from '../../ui/use-form-submit';
import { StatusSelect } from '../../ui/pickers';

interface StatusValues {
  status: LeadStatus;
  note?: string;
  lostReason?: LostReason;
}

/** "Status o'zgartirish": status, a note (required for sellers), a reason when lost. */
export function StatusCard({ lead, onChanged }: { lead: LeadOut; onChanged(lead: LeadOut): void }) {
  const { t } = useI18n();
  const user = useUser();
  const { message } = App.useApp();
  const [form] = Form.useForm<StatusValues>();
  const status = Form.useWatch('status', form);
  const { busy, error, submit } = useFormSubmit(form, async (v: StatusValues) => {
    const saved = await api.leads.setStatus({
      id: lead.id,
      version: lead.version,
      status: v.status,
      note: v.note,
      lostReason: v.lostReason,
    });
    form.resetFields();
    message.success(t('common.saved'));
    onChanged(saved);
  });

  return (
    <Card title={t('leads.changeStatus')} size="small" data-testid="status-card">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="status" label={t('leads.status')} rules={[{ required: true, message: t('field.required') }]}>
          <StatusSelect placeholder={t('leads.status')} data-testid="status-select" />
        </Form.Item>
        {status === 'lost' && (
          <Form.Item
            name="lostReason"
            label={t('leads.lostReason')}
            rules={[{ required: true, message: t('error.lostReasonRequired') }]}
          >
            <Select
              options={LOST_REASONS.filter((r) => r !== 'declined_after_trial').map((r) => ({
                value: r,
                label: t(`lost.${r}`),
              }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={t('leads.statusNote')}
          rules={user.role === 'seller' ? [{ required: true, whitespace: true, message: t('error.noteRequired') }] : []}
        >
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('leads.updateStatus')}
        </Button>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
          {t('leads.statusAuto')}
        </Typography.Paragraph>
      </Form>
    </Card>
  );
}
