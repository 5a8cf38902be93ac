import { Alert, App, Button, Card, Col, Form, Input, Popconfirm, Row, Space, Typography } from 'antd';
import { api, type Output } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { required } from '../../ui/form-modal';
import { useAction } from '../../ui/use-action';
import { useFormSubmit } from '../../ui/use-form-submit';
import { BotStatus, useBotStatus } from './bot-status';

type Settings = Output<'settings.get'>;

/**
 * "Tizim sozlamalari → Telegram bot" (admin): the @BotFather token (checked by the server before it
 * is kept, never shown back), "Tokenni o'chirish", and how the bot stands now.
 */
export function BotSettingsCard({ settings, onSaved }: { settings: Settings; onSaved(s: Settings): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ telegramBotToken: string }>();
  const status = useBotStatus();
  const act = useAction();

  const { busy, error, submit } = useFormSubmit(form, async (v: { telegramBotToken: string }) => {
    const saved = await api.settings.update({ telegramBotToken: v.telegramBotToken.trim() });
    form.resetFields();
    onSaved(saved);
    message.success(t('tg.saved', { username: saved.telegramBotUsername ?? '' }));
    void status.reload();
  });

  const remove = () =>
    act(
      async () => onSaved(await api.settings.update({ telegramBotToken: '' })),
      'tg.removed',
      () => status.reload(),
    );

  return (
    <Card title={t('tg.settingsTitle')} data-testid="tg-settings">
      <Row gutter={[32, 16]}>
        <Col xs={24} xl={12}>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
          <Form form={form} layout="vertical" onFinish={submit} initialValues={{ telegramBotToken: '' }}>
            <Form.Item
              name="telegramBotToken"
              label={t('tg.token')}
              rules={required(t)}
              extra={
                <>
                  {t('tg.tokenHint')}
                  {settings.telegramTokenSet && (
                    <div>
                      <Typography.Text type="success" data-testid="tg-token-set">
                        {t('tg.tokenSet')}
                      </Typography.Text>
                    </div>
                  )}
                </>
              }
            >
              <Input.Password
                data-testid="tg-token"
                autoComplete="off"
                spellCheck={false}
                placeholder={settings.telegramTokenSet ? undefined : '123456789:AAH…'}
              />
            </Form.Item>
            <Space wrap>
              <Button type="primary" htmlType="submit" loading={busy} data-testid="tg-save">
                {t('common.save')}
              </Button>
              {settings.telegramTokenSet && (
                <Popconfirm
                  title={<div style={{ maxWidth: 320 }}>{t('tg.removeConfirm')}</div>}
                  okText={t('common.yes')}
                  cancelText={t('common.no')}
                  okButtonProps={{ danger: true }}
                  onConfirm={remove}
                >
                  <Button danger data-testid="tg-remove">
                    {t('tg.removeToken')}
                  </Button>
                </Popconfirm>
              )}
            </Space>
          </Form>
        </Col>
        <Col xs={24} xl={12}>
          <BotStatus status={status.data} error={status.error} username={settings.telegramBotUsername} />
        </Col>
      </Row>
    </Card>
  );
}
