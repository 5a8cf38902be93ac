import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import type { UserOut } from '../../../src-shared/contract/users';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { applyFieldErrors } from '../../ui/errors';
import { passwordRules } from '../../ui/password-rules';

export function ResetPasswordModal({ user, onClose }: { user: UserOut; onClose(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newPassword: string }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (v: { newPassword: string }) => {
    setBusy(true);
    try {
      await api.users.resetPassword({ id: user.id, newPassword: v.newPassword });
      message.success(t('users.resetPasswordDone', { name: user.firstName }));
      onClose();
    } catch (e) {
      setError(applyFieldErrors(form, e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={`${t('users.resetPassword')}: ${user.username}`} onCancel={onClose} onOk={() => form.submit()} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={busy} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={save}>
        <Form.Item name="newPassword" label={t('profile.newPassword')} rules={passwordRules(t)} extra={t('profile.passwordRules')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
