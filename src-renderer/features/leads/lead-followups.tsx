import { Button, Card, Form, Input, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { FollowupOut } from '../../../src-shared/contract/followups';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { formatDateTime } from '../../ui/format';
import { FormModal, required } from '../../ui/form-modal';
import { DateTimePicker, futureRule } from '../../ui/date-time-picker';
import { followupsOfLead } from '../../ui/live';
import { useRpc } from '../../ui/use-rpc';
import { CompleteButton } from '../followups/complete-button';

/**
 * The lead's follow-ups: pending ones with "Bajarildi", closed ones as history; schedule a call by
 * hand. The list reloads on its lead's follow-up events only — this window's own changes included
 * (assignment, status, "Bajarildi"), so no action reloads it a second time.
 */
export function LeadFollowups({
  leadId,
  canAdd,
  onLeadChanged,
}: {
  leadId: number;
  canAdd: boolean;
  /** "Bajarildi" set a new status: the lead page reloads the lead. */
  onLeadChanged(): void;
}) {
  const { t } = useI18n();
  const { data } = useRpc(
    () => api.followups.list({ scope: 'lead', leadId, pageSize: 200 }),
    [leadId],
    followupsOfLead(leadId),
  );
  const [adding, setAdding] = useState(false);
  const items = data?.items ?? [];
  return (
    <Card
      title={t('leads.followups')}
      size="small"
      extra={
        canAdd && (
          <Button size="small" onClick={() => setAdding(true)}>
            {t('leads.addFollowup')}
          </Button>
        )
      }
      data-testid="lead-followups"
    >
      <Table<FollowupOut>
        rowKey="id"
        size="small"
        pagination={false}
        loading={!data}
        scroll={{ x: 'max-content' }}
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
          { title: t('leads.seller'), render: (_, f) => f.sellerName ?? t('leads.unassigned') },
          {
            title: t('leads.notes'),
            render: (_, f) =>
              f.note && (
                <Typography.Paragraph
                  style={{ margin: 0, maxWidth: 260 }}
                  ellipsis={{
                    rows: 2,
                    expandable: 'collapsible',
                    symbol: (open) => (open ? t('leads.less') : t('leads.more')),
                  }}
                >
                  {f.note}
                </Typography.Paragraph>
              ),
          },
          {
            title: '',
            render: (_, f) =>
              f.state === 'pending' && (
                <CompleteButton id={f.id} followup={f} onDone={(_, leadChanged) => leadChanged && onLeadChanged()} />
              ),
          },
        ]}
      />
      {adding && <AddFollowup leadId={leadId} onClose={() => setAdding(false)} />}
    </Card>
  );
}

/** "Qayta aloqa rejalashtirish": a call at a time picked in the centre's zone, never in the past. */
function AddFollowup({ leadId, onClose }: { leadId: number; onClose(): void }) {
  const { t } = useI18n();
  return (
    <FormModal<{ dueAt: number; note?: string }>
      width={420}
      title={t('leads.addFollowup')}
      name="followup"
      onClose={onClose}
      onSubmit={(v) => api.followups.create({ leadId, dueAt: v.dueAt, note: v.note })}
    >
      <Form.Item name="dueAt" label={t('leads.followupAt')} rules={[...required(t), futureRule(t)]}>
        <DateTimePicker data-testid="followup-at" />
      </Form.Item>
      <Form.Item name="note" label={t('leads.notes')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
