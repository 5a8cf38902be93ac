import { Alert, App, Form, Modal } from 'antd';
import type { FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../app/i18n';
import { applyFieldErrors } from './errors';

/**
 * A modal form that saves through the API: server field errors land under their fields, anything
 * else shows above the form, and nothing typed is lost when saving fails.
 */
export function FormModal<V extends object>({ title, initialValues, onSubmit, onClose, children, width = 560, form: given }: {
  title: string; initialValues?: Partial<V>; onSubmit(values: V): Promise<unknown>; onClose(): void; children: ReactNode; width?: number; form?: FormInstance<V>;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [own] = Form.useForm<V>();
  const form = given ?? own;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async (values: V) => {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
      message.success(t('common.saved'));
      onClose();
    } catch (e) {
      setError(applyFieldErrors(form, e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open width={width} title={title} onCancel={onClose} onOk={() => form.submit()} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={busy} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={save}>{children}</Form>
    </Modal>
  );
}

export const required = (t: (k: string) => string) => [{ required: true, message: t('field.required') }];
