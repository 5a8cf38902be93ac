import { Alert, App, Form, Modal } from 'antd';
import type { FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useI18n, type T } from '../app/i18n';
import { useFormSubmit } from './use-form-submit';

/** A modal form that saves through the API (see useFormSubmit); closes itself after a save. */
export function FormModal<V extends object>({
  title,
  initialValues,
  onSubmit,
  onClose,
  children,
  after,
  width = 560,
  form: given,
  successMessage,
  okText,
  name,
}: {
  title: string;
  initialValues?: Partial<V>;
  onSubmit(values: V): Promise<unknown>;
  onClose(): void;
  children: ReactNode;
  /** Shown below the form (e.g. history). */ after?: ReactNode;
  width?: number;
  form?: FormInstance<V>;
  successMessage?: string;
  /** The save button's label when "Saqlash" says less than the action (e.g. "Rad etish"). */
  okText?: string;
  /** Prefixes the fields' ids, so labels stay unique beside another form with the same field names. */
  name?: string;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [own] = Form.useForm<V>();
  const form = given ?? own;
  const { busy, error, submit } = useFormSubmit<V>(form, onSubmit);
  const save = async (values: V) => {
    if (await submit(values)) {
      message.success(successMessage ?? t('common.saved'));
      onClose();
    }
  };
  return (
    <Modal
      open
      width={width}
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} name={name} layout="vertical" initialValues={initialValues} onFinish={save}>
        {children}
      </Form>
      {after}
    </Modal>
  );
}

export const required = (t: T) => [{ required: true, message: t('field.required') }];

/**
 * A number outside its range is refused under the field, never rewritten (an InputNumber's own
 * min/max would quietly turn -500 000 into 0 or 0 into 1).
 */
export const numberRange = (t: T, min: number, max?: number) => ({
  validator: (_: unknown, v: unknown) => {
    if (typeof v !== 'number') return Promise.resolve();
    if (v < min) return Promise.reject(new Error(t('field.min', { min })));
    if (max !== undefined && v > max) return Promise.reject(new Error(t('field.max', { max })));
    return Promise.resolve();
  },
});
