import { SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Radio } from 'antd';
import { useNavigate } from 'react-router-dom';
import { PRIORITIES, type Priority } from '../../../src-shared/domain/priority';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { PageCard } from '../../ui/page-card';
import { PriorityTag } from '../../ui/priority-tag';
import { useFormSubmit } from '../../ui/use-form-submit';
import { RecipientPicker } from './recipient-picker';

interface Values {
  subject: string;
  body: string;
  priority: Priority;
  /** Named as the API's field, so the server's "no active seller" / "recipient not found" shows under it. */
  recipients: 'all_sellers' | 'chosen';
  userIds?: number[];
}

/** "Yangi Xabar" (admin, manager): subject, text, priority, to all sellers or to chosen users. */
export function NewMessagePage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const to = Form.useWatch('recipients', form);
  const { busy, error, submit } = useFormSubmit<Values>(form, async (v) => {
    const sent = await api.messages.send({
      subject: v.subject,
      body: v.body,
      priority: v.priority,
      recipients: v.recipients === 'all_sellers' ? 'all_sellers' : (v.userIds ?? []),
    });
    message.success(t('messages.sentOk', { count: sent.recipients }));
    navigate('/messages/sent');
  });
  const text = [{ required: true, whitespace: true, message: t('field.required') }];

  return (
    <PageCard title={t('menu.messages.new')}>
      <div style={{ maxWidth: 760 }}>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form<Values>
          form={form}
          name="new-message"
          layout="vertical"
          initialValues={{ priority: 'normal', recipients: 'all_sellers', userIds: [] }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item name="subject" label={t('messages.subject')} rules={text}>
            <Input maxLength={200} showCount data-testid="message-subject" />
          </Form.Item>
          <Form.Item name="body" label={t('messages.body')} rules={text}>
            <Input.TextArea rows={7} maxLength={5000} showCount data-testid="message-body-input" />
          </Form.Item>
          <Form.Item name="priority" label={t('messages.priority')}>
            <Radio.Group>
              {PRIORITIES.map((p) => (
                <Radio key={p} value={p}>
                  <PriorityTag priority={p} />
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="recipients"
            label={t('messages.recipients')}
            style={{ marginBottom: to === 'chosen' ? 8 : 24 }}
          >
            <Radio.Group
              options={[
                { value: 'all_sellers', label: t('messages.allSellers') },
                { value: 'chosen', label: t('messages.chosenUsers') },
              ]}
            />
          </Form.Item>
          {to === 'chosen' && <RecipientPicker name="userIds" />}
          <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={busy} data-testid="message-send">
            {t('messages.send')}
          </Button>
        </Form>
      </div>
    </PageCard>
  );
}
