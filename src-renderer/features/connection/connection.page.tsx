import { ApiOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, InputNumber, List, QRCode, Radio, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { DESKTOP_MODES, type DesktopModeName, type DesktopOutput } from '../../../src-shared/contract/desktop';
import { useI18n } from '../../app/i18n';
import { errorText } from '../../ui/errors';
import { desktopCall, inDesktop } from './desktop-api';

type Settings = DesktopOutput<'desktop.connection'>;

/**
 * Tizim → Ulanish (SPEC §12): this PC's mode, port and primary's address (typed, or picked from the
 * primaries found on the LAN), "Ulanishni tekshirish", and this PC's addresses for the other PCs as
 * text and a QR code. Only the desktop app changes them; a browser sees the address it uses, read-only.
 */
export function ConnectionPage() {
  const { t } = useI18n();
  if (!inDesktop()) {
    const here = window.location.origin;
    return (
      <Card title={t('menu.system.connection')}>
        <Space direction="vertical" size="middle">
          <Alert type="info" showIcon title={t('conn.desktopOnly')} />
          <Typography.Text strong>{t('conn.addresses')}</Typography.Text>
          <Typography.Text copyable data-testid="lan-address">
            {here}
          </Typography.Text>
          <QRCode value={here} size={160} />
        </Space>
      </Card>
    );
  }
  return <DesktopConnection />;
}

function DesktopConnection() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ mode: DesktopModeName; port: number; primaryUrl: string }>();
  const [current, setCurrent] = useState<Settings | null>(null);
  const [found, setFound] = useState<Array<{ name: string; url: string }> | null>(null);
  const [searching, setSearching] = useState(false);
  const [test, setTest] = useState<DesktopOutput<'desktop.test'> | null>(null);
  const [testing, setTesting] = useState(false);
  const mode = Form.useWatch('mode', form);

  useEffect(() => {
    void desktopCall('desktop.connection').then((s) => {
      setCurrent(s);
      form.setFieldsValue({ mode: s.mode, port: s.port, primaryUrl: s.primaryUrl });
    });
  }, [form]);

  const discover = async () => {
    setSearching(true);
    try {
      setFound((await desktopCall('desktop.discover')).found);
    } finally {
      setSearching(false);
    }
  };
  const testNow = async () => {
    setTesting(true);
    try {
      setTest(await desktopCall('desktop.test', { primaryUrl: form.getFieldValue('primaryUrl') ?? '' }));
    } catch (e) {
      setTest({ ok: false, version: null, reason: errorText(e, t) });
    } finally {
      setTesting(false);
    }
  };
  const save = async (v: { mode: DesktopModeName; port: number; primaryUrl?: string }) => {
    try {
      await desktopCall('desktop.setConnection', { mode: v.mode, port: v.port, primaryUrl: v.primaryUrl ?? '' });
      message.success(t('conn.saved'));
    } catch (e) {
      message.error(errorText(e, t));
    }
  };

  const addresses = current?.addresses ?? [];
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('menu.system.connection')}>
        <Form form={form} layout="vertical" onFinish={save} style={{ maxWidth: 560 }}>
          <Form.Item name="mode" label={t('conn.mode')}>
            <Radio.Group>
              <Space direction="vertical">
                {DESKTOP_MODES.map((m) => (
                  <Radio key={m} value={m} data-testid={`mode-${m}`}>
                    {t(`conn.mode.${m}`)}
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          </Form.Item>
          {mode === 'standalone' && <Alert type="info" showIcon title={t('conn.standaloneNote')} />}
          {mode === 'primary' && (
            <Form.Item name="port" label={t('conn.port')} rules={[{ required: true }]}>
              <InputNumber min={1024} max={65535} />
            </Form.Item>
          )}
          {mode === 'client' && (
            <>
              <Form.Item
                name="primaryUrl"
                label={t('conn.primary')}
                extra={t('conn.primaryHint')}
                rules={[{ required: true, message: t('conn.badAddress') }]}
              >
                <Input placeholder="192.168.1.10:8787" data-testid="primary-url" />
              </Form.Item>
              <Space wrap style={{ marginBottom: 16 }}>
                <Button icon={<SearchOutlined />} loading={searching} onClick={() => void discover()}>
                  {t('conn.discover')}
                </Button>
                <Button icon={<ApiOutlined />} loading={testing} onClick={() => void testNow()}>
                  {t('conn.test')}
                </Button>
              </Space>
              {found && found.length === 0 && <Alert type="info" showIcon title={t('conn.noneFound')} />}
              {found && found.length > 0 && (
                <List
                  size="small"
                  bordered
                  dataSource={found}
                  renderItem={(p) => (
                    <List.Item onClick={() => form.setFieldValue('primaryUrl', p.url)} style={{ cursor: 'pointer' }}>
                      {p.name} — {p.url}
                    </List.Item>
                  )}
                />
              )}
              {test && (
                <Alert
                  style={{ marginTop: 12 }}
                  type={test.ok ? 'success' : 'error'}
                  showIcon
                  title={
                    test.ok
                      ? t('conn.testOk', { version: test.version ?? '?' })
                      : t('conn.testFail', { reason: test.reason ?? '' })
                  }
                />
              )}
            </>
          )}
          <Button type="primary" htmlType="submit" style={{ marginTop: 16 }}>
            {t('conn.save')}
          </Button>
        </Form>
      </Card>
      {current?.mode === 'primary' && (
        <Card title={t('conn.addresses')}>
          <Typography.Paragraph type="secondary">{t('conn.addressesHint')}</Typography.Paragraph>
          {addresses.length === 0 && <Alert type="warning" showIcon title={t('conn.noAddresses')} />}
          <Space wrap size="large">
            {addresses.map((a) => (
              <Space key={a} direction="vertical" align="center">
                <QRCode value={a} size={140} />
                <Typography.Text copyable>{a}</Typography.Text>
              </Space>
            ))}
          </Space>
        </Card>
      )}
    </Space>
  );
}
