import { App, Button, Card, DatePicker, Form, Input, Popover, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { FollowupOut } from '../../../src-shared/contract/followups';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { errorText } from '../../ui/errors';
import { formatDateTime } from '../../ui/format';
import { useRpc } from '../../ui/use-rpc';
import { CompleteButton } from '../followups/complete-button';
import { followupsOfLead } from '../../ui/live';

/** The lead's follow-ups: pending ones with "Bajarildi", closed ones as history; schedule a call by hand. */
export function LeadFollowups({ leadId, canAdd }: { leadId: number; canAdd: boolean }) {
  const { t } = useI18n();
  const { data, reload } = useRpc(
    () => api.followups.list({ scope: 'lead', leadId, pageSize: 200 }),
    [leadId],
    followupsOfLead(leadId),
  );
  const items = data?.items ?? [];
  return (
    <Card
      title={t('leads.followups')}
      size="small"
      extra={canAdd && <AddFollowup leadId={leadId} onAdded={reload} />}
      data-testid="lead-followups"
    >
      <Table<FollowupOut>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={[...items].sort(
          (a, b) => Number(b.state === 'pending') - Number(a.state === 'pending') || a.dueAt - b.dueAt,
        )}
        locale={{ emptyText: t('leads.noFollowups') }}
        columns={[
          {
            title: t('fu.due'),
            render: (_, f) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(f.dueAt)}</span>,
          },
          { title: t('fu.kind'), render: (_, f) => t(`kind.${f.kind}`) },
          {
            title: t('common.status'),
            render: (_, f) =>
              f.state === 'pending' ? (
                f.overdue ? (
                  <Tag color="red">{t('fu.overdueTag')}</Tag>
                ) : (
                  <Tag color="blue">{t('fstate.pending')}</Tag>
                )
              ) : (
                <Tag color={f.state === 'done' ? 'green' : 'default'}>
                  {f.closeKind && f.closeKind !== 'done' ? t(`close.${f.closeKind}`) : t(`fstate.${f.state}`)}
                </Tag>
              ),
          },
          { title: t('leads.seller'), dataIndex: 'sellerName' },
          { title: t('leads.notes'), dataIndex: 'note' },
          { title: '', render: (_, f) => f.state === 'pending' && <CompleteButton id={f.id} onDone={reload} /> },
        ]}
      />
    </Card>
  );
}

function AddFollowup({ leadId, onAdded }: { leadId: number; onAdded(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ at: Dayjs; note?: string }>();
  const save = async (v: { at: Dayjs; note?: string }) => {
    try {
      await api.followups.create({ leadId, dueAt: v.at.valueOf(), note: v.note });
      message.success(t('common.saved'));
      setOpen(false);
      form.resetFields();
      onAdded();
    } catch (e) {
      message.error(errorText(e, t));
    }
  };
  const content = (
    <Form form={form} layout="vertical" onFinish={save} style={{ width: 280 }}>
      <Form.Item name="at" label={t('leads.followupAt')} rules={[{ required: true, message: t('field.required') }]}>
        <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="DD.MM.YYYY HH:mm" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="note" label={t('leads.notes')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit">
          {t('common.save')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
  return (
    <Popover open={open} onOpenChange={setOpen} trigger="click" content={content} placement="bottomRight">
      <Button size="small">{t('leads.addFollowup')}</Button>
    </Popover>
  );
}
