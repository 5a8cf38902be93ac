import { Form, Input } from 'antd';
import type { UserOut } from '../../../src-shared/contract/users';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { FormModal } from '../../ui/form-modal';
import { PasswordHint, passwordRules } from '../../ui/password-fields';

export function ResetPasswordModal({ user, onClose }: { user: UserOut; onClose(): void }) {
  const { t } = useI18n();
  return (
    <FormModal<{ newPassword: string }>
      title={`${t('users.resetPassword')}: ${user.username}`}
      successMessage={t('users.resetPasswordDone', { name: user.firstName })}
      onClose={onClose}
      onSubmit={(v) => api.users.resetPassword({ id: user.id, newPassword: v.newPassword })}
    >
      <Form.Item
        name="newPassword"
        label={t('profile.newPassword')}
        rules={passwordRules(t)}
        extra={<PasswordHint name="newPassword" />}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
