import { Alert, App, Button, Card, Col, Form, Input, Row, Space, Typography } from 'antd';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useSession, useUser } from '../../app/session';
import { useFormSubmit } from '../../ui/use-form-submit';
import { NewPasswordFields } from '../../ui/password-fields';
import { TelegramLinkCard } from '../telegram/link.card';

/** "Sozlamalar": own profile, "Parolni o'zgartirish" and the Telegram link. */
export function ProfilePage() {
  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} lg={12}>
        <ProfileForm />
      </Col>
      <Col xs={24} lg={12}>
        <Space orientation="vertical" size={24} style={{ width: '100%' }}>
          <PasswordForm />
          <TelegramLinkCard />
        </Space>
      </Col>
    </Row>
  );
}

function ProfileForm() {
  const { t } = useI18n();
  const user = useUser();
  const { refresh } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const { error, submit: save } = useFormSubmit(
    form,
    async (v: { firstName: string; lastName?: string; email?: string; phone?: string; telegramUsername?: string }) => {
      await api.auth.updateProfile({ ...v, lastName: v.lastName ?? '' });
      await refresh();
      message.success(t('common.saved'));
    },
  );

  return (
    <Card title={t('profile.title')}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Typography.Paragraph type="secondary">
        {user.username} · {t(`role.${user.role}`)}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={{
          ...user,
          email: user.email ?? '',
          phone: user.phone ?? '',
          telegramUsername: user.telegramUsername ?? '',
        }}
      >
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="firstName"
              label={t('users.firstName')}
              rules={[{ required: true, message: t('field.required') }]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="lastName" label={t('users.lastName')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="email" label={t('users.email')} rules={[{ type: 'email', message: t('format.email') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t('users.phone')}>
          <Input placeholder="+998 90 123 45 67" />
        </Form.Item>
        <Form.Item name="telegramUsername" label={t('users.telegram')}>
          <Input prefix="@" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}

function PasswordForm() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const { error, submit: save } = useFormSubmit(
    form,
    async (v: { oldPassword: string; newPassword: string; confirmPassword: string }) => {
      await api.auth.changePassword(v);
      form.resetFields();
      message.success(t('profile.passwordChanged'));
    },
  );

  return (
    <Card title={t('profile.changePassword')} data-testid="change-password">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={save}>
        <Form.Item
          name="oldPassword"
          label={t('profile.oldPassword')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <NewPasswordFields
          name="newPassword"
          confirmName="confirmPassword"
          label={t('profile.newPassword')}
          confirmLabel={t('profile.confirmPassword')}
        />
        <Button type="primary" htmlType="submit">
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
