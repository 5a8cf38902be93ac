import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { errorText } from '../../ui/errors';
import { AuthCard } from './auth-card';

export function LoginPage({ notice }: { notice?: string }) {
  const { t } = useI18n();
  const { login } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (v: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await login(v.username, v.password);
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t('login.title')}>
      {notice && <Alert type="success" showIcon title={notice} style={{ marginBottom: 16 }} />}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
      <Form layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="username"
          label={t('login.username')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <Input autoFocus autoComplete="username" size="large" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('login.password')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <Input.Password autoComplete="current-password" size="large" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={busy}>
          {t('login.submit')}
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
        {t('login.forgot')}
      </Typography.Paragraph>
    </AuthCard>
  );
}
