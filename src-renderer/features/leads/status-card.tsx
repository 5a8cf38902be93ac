import { Alert, App, Button, Card, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import type { LeadOut } from '../../../src-shared/contract/leads';
import { isTrialStage, LEAD_STATUSES, type LeadStatus, type LostReason } from '../../../src-shared/domain/lead-status';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { LostReasonField } from '../../ui/pickers';
import { useFormSubmit } from '../../ui/use-form-submit';

interface StatusValues {
  status: LeadStatus;
  note?: string;
  lostReason?: LostReason;
}

/**
 * "Status o'zgartirish": status, a note (required for sellers), a reason when lost. The trial stages
 * are not set here: picking one opens the trial's form (`onTrialStage`), which answers with the
 * reason when it cannot.
 */
export function StatusCard({
  lead,
  onChanged,
  onTrialStage,
}: {
  lead: LeadOut;
  onChanged(lead: LeadOut): void;
  /** Opens the booking or result form for a trial stage; returns why it cannot, or null. */
  onTrialStage(stage: LeadStatus): string | null;
}) {
  const { t } = useI18n();
  const user = useUser();
  const { message } = App.useApp();
  const [form] = Form.useForm<StatusValues>();
  const status = Form.useWatch('status', form);
  const [notice, setNotice] = useState<string | null>(null);
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
      {notice && (
        <Alert
          type="warning"
          showIcon
          closable={{ onClose: () => setNotice(null) }}
          title={notice}
          style={{ marginBottom: 12 }}
          data-testid="status-notice"
        />
      )}
      <Form form={form} name="status" layout="vertical" onFinish={submit}>
        <Form.Item name="status" label={t('leads.status')} rules={[{ required: true, message: t('field.required') }]}>
          <Select<LeadStatus>
            placeholder={t('leads.status')}
            data-testid="status-select"
            onChange={(s) => {
              setNotice(null);
              if (!isTrialStage(s)) return;
              // Not a status to set: the trial's own form sets it (with the trial's date and reminder).
              form.setFieldValue('status', undefined);
              setNotice(onTrialStage(s));
            }}
            options={LEAD_STATUSES.map((s) => ({
              value: s,
              disabled: s === lead.status,
              label: (
                <>
                  {t(`status.${s}`)}
                  {s === lead.status && ` (${t('leads.currentStatus')})`}
                  {isTrialStage(s) && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {' '}
                      — {t('leads.viaTrialForm')}
                    </Typography.Text>
                  )}
                </>
              ),
            }))}
          />
        </Form.Item>
        {status === 'lost' && <LostReasonField />}
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
