import { Alert, Button, Form, Input, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useState } from 'react';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { errorText } from '../../ui/errors';
import { AuthCard } from './auth-card';
import { takeRestored } from '../backups/restored';
import { inDesktop } from '../connection/desktop-api';

export function LoginPage({ notice }: { notice?: string }) {
  const { t } = useI18n();
  const { login } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // After a restore every window lands here: say why, once.
  const [restored] = useState(takeRestored);

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
      {restored && (
        <Alert
          type="info"
          showIcon
          title={t('backups.restoredLogin')}
          style={{ marginBottom: 16 }}
          data-testid="restored-notice"
        />
      )}
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
      {inDesktop() && (
        <Link to="/connection" style={{ display: 'inline-block', marginTop: 8 }}>
          {t('menu.system.connection')}
        </Link>
      )}
    </AuthCard>
  );
}
