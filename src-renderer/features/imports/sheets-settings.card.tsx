import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Popconfirm, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api, type Output } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useAction } from '../../ui/use-action';
import { useFormSubmit } from '../../ui/use-form-submit';

type Settings = Output<'settings.get'>;
interface Values {
  sheetsSpreadsheet: string;
  sheetsRange: string;
}

/**
 * "Tizim sozlamalari → Google Sheets Import" (admin): the sheet's link, the range, and the service
 * account's .json key (read in the window, checked and kept encrypted by the server, never shown back:
 * only the account's e-mail, which the sheet must be shared with).
 */
export function SheetsSettingsCard({ settings, onSaved }: { settings: Settings; onSaved(s: Settings): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [key, setKey] = useState<{ name: string; text: string } | null>(null);
  const act = useAction();

  const { busy, error, submit } = useFormSubmit(form, async (v: Values) => {
    const saved = await api.settings.update({
      sheetsSpreadsheet: v.sheetsSpreadsheet.trim(),
      sheetsRange: v.sheetsRange.trim(),
      ...(key ? { sheetsServiceAccountKey: key.text } : {}),
    });
    setKey(null);
    onSaved(saved);
    message.success(t('common.saved'));
  });

  const removeKey = () =>
    act(async () => onSaved(await api.settings.update({ sheetsServiceAccountKey: '' })), 'imports.sheets.keyRemoved');

  return (
    <Card title={t('imports.sheets.title')} data-testid="sheets-settings">
      <Typography.Paragraph type="secondary">{t('imports.sheets.settingsHint')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        style={{ maxWidth: 640 }}
        initialValues={{ sheetsSpreadsheet: settings.sheetsSpreadsheet ?? '', sheetsRange: settings.sheetsRange }}
      >
        <Form.Item name="sheetsSpreadsheet" label={t('imports.sheets.link')} extra={t('imports.sheets.linkHint')}>
          <Input
            data-testid="sheets-link"
            spellCheck={false}
            placeholder="https://docs.google.com/spreadsheets/d/…/edit"
          />
        </Form.Item>
        <Form.Item name="sheetsRange" label={t('imports.sheets.range')} extra={t('imports.sheets.rangeHint')}>
          <Input data-testid="sheets-range" spellCheck={false} placeholder="Lidlar!A1:F" style={{ maxWidth: 320 }} />
        </Form.Item>
        <Form.Item
          name="sheetsServiceAccountKey"
          label={t('imports.sheets.key')}
          extra={
            <>
              {t('imports.sheets.keyHint')}
              <div data-testid="sheets-key-state">
                {key ? (
                  <Typography.Text>{t('imports.sheets.keyChosen', { name: key.name })}</Typography.Text>
                ) : settings.sheetsServiceAccount ? (
                  <Typography.Text type="success" copyable={{ text: settings.sheetsServiceAccount }}>
                    {t('imports.sheets.keySet', { email: settings.sheetsServiceAccount })}
                  </Typography.Text>
                ) : (
                  <Typography.Text type="warning">{t('imports.sheets.noKey')}</Typography.Text>
                )}
              </div>
            </>
          }
        >
          <Upload
            accept=".json,application/json"
            showUploadList={false}
            beforeUpload={(file) => {
              void file.text().then((text) => setKey({ name: file.name, text }));
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} data-testid="sheets-key">
              {t('imports.sheets.chooseKey')}
            </Button>
          </Upload>
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="sheets-save">
            {t('common.save')}
          </Button>
          {settings.sheetsServiceAccount && (
            <Popconfirm
              title={<div style={{ maxWidth: 320 }}>{t('imports.sheets.removeKeyConfirm')}</div>}
              okText={t('common.yes')}
              cancelText={t('common.no')}
              okButtonProps={{ danger: true }}
              onConfirm={removeKey}
            >
              <Button danger>{t('imports.sheets.removeKey')}</Button>
            </Popconfirm>
          )}
        </Space>
      </Form>
    </Card>
  );
}
