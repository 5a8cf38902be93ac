import { App, Button, Form, InputNumber, Select, Space } from 'antd';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { numberRange, required } from '../../ui/form-modal';
import { PageCard } from '../../ui/page-card';
import { useFormSubmit } from '../../ui/use-form-submit';
import { useRpc } from '../../ui/use-rpc';
import { BotSettingsCard } from '../telegram/bot-settings.card';
import { SheetsSettingsCard } from '../imports/sheets-settings.card';

const ZONES = ['Asia/Tashkent', 'Asia/Samarkand', 'Asia/Almaty', 'Asia/Bishkek', 'Asia/Dushanbe', 'Europe/Moscow'];

/** "Tizim sozlamalari" (admin): time zone, overdue limit for distribution, reactivation days; below, the Telegram bot and Google Sheets Import. */
export function SystemSettingsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const { data, error: loadError, setData } = useRpc(() => api.settings.get(), []);
  const { busy, error, submit } = useFormSubmit(
    form,
    async (v: { timeZone: string; maxOverdueForAssignment: number; reactivationDays: number }) => {
      await api.settings.update(v);
      message.success(t('common.saved'));
    },
  );
  return (
    <Space orientation="vertical" size={24} style={{ width: '100%' }}>
      <PageCard title={t('menu.system.settings')} error={error ?? loadError}>
        {data && (
          <Form form={form} layout="vertical" initialValues={data} onFinish={submit} style={{ maxWidth: 520 }}>
            <Form.Item
              name="timeZone"
              label={t('settings.timeZone')}
              extra={t('settings.timeZoneHint')}
              rules={required(t)}
            >
              <Select options={ZONES.map((z) => ({ value: z, label: z }))} />
            </Form.Item>
            <Form.Item
              name="maxOverdueForAssignment"
              label={t('settings.maxOverdue')}
              extra={t('settings.maxOverdueHint')}
              rules={[...required(t), numberRange(t, 1, 1000)]}
            >
              <InputNumber style={{ width: 160 }} />
            </Form.Item>
            <Form.Item
              name="reactivationDays"
              label={t('settings.reactivation')}
              extra={t('settings.reactivationHint')}
              rules={[...required(t), numberRange(t, 0, 365)]}
            >
              <InputNumber style={{ width: 160 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('common.save')}
            </Button>
          </Form>
        )}
      </PageCard>
      {data && <BotSettingsCard settings={data} onSaved={setData} />}
      {data && <SheetsSettingsCard settings={data} onSaved={setData} />}
    </Space>
  );
}
