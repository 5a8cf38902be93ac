import { CheckOutlined, MinusOutlined } from '@ant-design/icons';
import { Form, Input, Space, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { PASSWORD_RULES } from '../../src-shared/domain/password';
import type { MsgKey } from '../../src-shared/i18n/index';
import { useI18n, type T } from '../app/i18n';

type RuleKey = (typeof PASSWORD_RULES)[number]['key'];
/** The short name of each rule, for the list under the field (the long one is the error). */
const HINT: Record<RuleKey, MsgKey> = {
  'password.rule.length': 'password.hint.length',
  'password.rule.upper': 'password.hint.upper',
  'password.rule.lower': 'password.hint.lower',
  'password.rule.digit': 'password.hint.digit',
  'password.rule.special': 'password.hint.special',
};

/**
 * The manual's "Xavfsizlik talablari" under a new-password field, each rule ticked as soon as
 * the typed password meets it. Must sit inside the field's Form.
 */
export function PasswordHint({ name }: { name: string }) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const value = (Form.useWatch(name, form) as string | undefined) ?? '';
  return (
    <Space size={[10, 0]} wrap data-testid="password-hint" style={{ marginTop: 2 }}>
      <Typography.Text type="secondary">{t('password.hint.title')}</Typography.Text>
      {PASSWORD_RULES.map((r) => {
        const met = r.test(value);
        return (
          <Typography.Text key={r.key} type={met ? 'success' : 'secondary'} data-met={met}>
            {met ? <CheckOutlined /> : <MinusOutlined />} {t(HINT[r.key])}
          </Typography.Text>
        );
      })}
    </Space>
  );
}

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
      <Form.Item name={name} label={label} rules={passwordRules(t)} extra={<PasswordHint name={name} />}>
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
