import { Alert, App, Form, Modal } from 'antd';
import { useState } from 'react';
import type { LeadOut } from '../../../src-shared/contract/leads';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { applyFieldErrors } from '../../ui/errors';
import { LeadFields } from './lead-fields';

/** "Tahrirlash". Sends the version it was opened with, so a change made meanwhile is not overwritten. */
export function EditLeadModal({ lead, onClose, onSaved }: { lead: LeadOut; onClose(): void; onSaved(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (v: { name: string; phone: string; extraPhone?: string; source: string; courseId?: number; notes?: string }) => {
    setBusy(true);
    setError(null);
    try {
      await api.leads.update({ id: lead.id, version: lead.version, name: v.name, phone: v.phone, extraPhone: v.extraPhone || null, source: v.source as never, courseId: v.courseId ?? null, notes: v.notes ?? '' });
      message.success(t('common.saved'));
      onSaved();
    } catch (e) {
      setError(applyFieldErrors(form, e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open width={680} title={`${t('common.edit')}: ${lead.name}`} onCancel={onClose} onOk={() => form.submit()} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={busy} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={save} initialValues={{ ...lead, extraPhone: lead.extraPhone ?? '', courseId: lead.courseId ?? undefined }}>
        <LeadFields />
      </Form>
    </Modal>
  );
}
