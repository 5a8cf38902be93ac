import { Alert, App, Button, Col, Form, Input, Row, Typography } from 'antd';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useFormSubmit } from '../../ui/use-form-submit';
import { NewPasswordFields } from '../../ui/password-fields';
import { AuthCard } from './auth-card';

interface SetupForm {
  username: string;
  password: string;
  confirm: string;
  firstName: string;
  lastName?: string;
  email?: string;
  phone?: string;
}

export function SetupPage({ onDone }: { onDone(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<SetupForm>();
  const { busy, error, submit } = useFormSubmit(form, async ({ confirm: _confirm, ...v }: SetupForm) => {
    await api.auth.setup(v);
    message.success(t('setup.done'));
    onDone();
  });

  return (
    <AuthCard title={t('setup.title')} width={520}>
      <Typography.Paragraph>{t('setup.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="firstName"
              label={t('users.firstName')}
              rules={[{ required: true, message: t('field.required') }]}
            >
              <Input autoFocus />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="lastName" label={t('users.lastName')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="username"
          label={t('users.username')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <Input autoComplete="username" />
        </Form.Item>
        <NewPasswordFields
          name="password"
          confirmName="confirm"
          label={t('users.password')}
          confirmLabel={t('setup.confirmPassword')}
        />
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="email" label={t('users.email')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="phone" label={t('users.phone')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" block size="large" loading={busy}>
          {t('setup.submit')}
        </Button>
      </Form>
    </AuthCard>
  );
}
