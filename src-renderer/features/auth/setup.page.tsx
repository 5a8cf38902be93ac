import { Alert, App, Button, Col, Form, Input, Row, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { applyFieldErrors } from '../../ui/errors';
import { passwordRules } from '../../ui/password-rules';
import { AuthCard } from './auth-card';

interface SetupForm {
  username: string; password: string; confirm: string; firstName: string; lastName?: string; email?: string; phone?: string;
}

export function SetupPage({ onDone }: { onDone(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<SetupForm>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async ({ confirm: _confirm, ...v }: SetupForm) => {
    setBusy(true);
    setError(null);
    try {
      await api.auth.setup(v);
      message.success(t('setup.done'));
      onDone();
    } catch (e) {
      setError(applyFieldErrors(form, e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t('setup.title')} width={520}>
      <Typography.Paragraph>{t('setup.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="firstName" label={t('users.firstName')} rules={[{ required: true, message: t('field.required') }]}><Input autoFocus /></Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="lastName" label={t('users.lastName')}><Input /></Form.Item>
          </Col>
        </Row>
        <Form.Item name="username" label={t('users.username')} rules={[{ required: true, message: t('field.required') }]}><Input autoComplete="username" /></Form.Item>
        <Form.Item name="password" label={t('users.password')} rules={passwordRules(t)} extra={t('profile.passwordRules')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('setup.confirmPassword')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('field.required') },
            ({ getFieldValue }) => ({ validator: (_, v) => (v === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('error.passwordMismatch')))) }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}><Form.Item name="email" label={t('users.email')}><Input /></Form.Item></Col>
          <Col span={12}><Form.Item name="phone" label={t('users.phone')}><Input /></Form.Item></Col>
        </Row>
        <Button type="primary" htmlType="submit" block size="large" loading={busy}>{t('setup.submit')}</Button>
      </Form>
    </AuthCard>
  );
}
