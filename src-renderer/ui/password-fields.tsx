import { Form, Input } from 'antd';
import type { Rule } from 'antd/es/form';
import { PASSWORD_RULES } from '../../src-shared/domain/password';
import { useI18n, type T } from '../app/i18n';

/** The same rules the core enforces, checked as the user types; each broken one shows its own line. */
export function passwordRules(t: T): Rule[] {
  return [
    { required: true, message: t('field.required') },
    () => ({
      validator: (_, value: string | undefined) => {
        if (!value) return Promise.resolve();
        const broken = PASSWORD_RULES.filter((r) => !r.test(value));
        return broken.length ? Promise.reject(broken.map((r) => t(r.key)).join('. ')) : Promise.resolve();
      },
    }),
  ];
}

/** A new password and its repetition ("Yangi parolni ikki marta kiriting"). */
export function NewPasswordFields({
  name,
  confirmName,
  label,
  confirmLabel,
}: {
  name: string;
  confirmName: string;
  label: string;
  confirmLabel: string;
}) {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name={name} label={label} rules={passwordRules(t)} extra={t('profile.passwordRules')}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name={confirmName}
        label={confirmLabel}
        dependencies={[name]}
        rules={[
          { required: true, message: t('field.required') },
          ({ getFieldValue }) => ({
            validator: (_, v) =>
              !v || v === getFieldValue(name)
                ? Promise.resolve()
                : Promise.reject(new Error(t('error.passwordMismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
