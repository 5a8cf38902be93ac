import { Card, Timeline, Typography } from 'antd';
import type { ActivityOut } from '../../../src-shared/contract/leads';
import type { MsgKey } from '../../../src-shared/i18n/index';
import { api } from '../../api/client';
import { tKey, useI18n, type T } from '../../app/i18n';
import { formatDateTime } from '../../ui/format';
import { useRpc } from '../../ui/use-rpc';
import { leadActivity } from '../../ui/live';

const FIELD_LABEL: Partial<Record<string, MsgKey>> = {
  name: 'leads.name',
  phone: 'leads.phone',
  extra_phone: 'leads.extraPhone',
  source: 'leads.source',
  course_id: 'leads.course',
  notes: 'leads.notes',
};

function describe(a: ActivityOut, t: T): string {
  const d = a.data as Record<string, unknown>;
  switch (a.type) {
    case 'created':
      return t('history.created', { source: tKey(t, `source.${String(d.source)}`) });
    case 'assigned':
      return (
        (d.from
          ? t('history.reassigned', { from: String(d.fromName), to: String(d.toName) })
          : t('history.assigned', { to: String(d.toName) })) + (d.auto ? ` (${t('history.auto')})` : '')
      );
    case 'status':
      return (
        t('history.status', { from: tKey(t, `status.${String(d.from)}`), to: tKey(t, `status.${String(d.to)}`) }) +
        (d.lostReason ? ` — ${tKey(t, `lost.${String(d.lostReason)}`)}` : '')
      );
    case 'edit':
      return t('history.edit', {
        fields: Object.keys((d.changes as object) ?? {})
          .map((f) => tKey(t, FIELD_LABEL[f] ?? f))
          .join(', '),
      });
    case 'followup_done':
      return t('history.followup_done');
    case 'trial_booked':
      return t('history.trial_booked');
    case 'trial_result':
      return t('history.trial_result', { result: String(d.result ?? '') });
  }
}

/** "Tarix": every change of the lead — who, when, what — oldest first. */
export function LeadHistory({ leadId }: { leadId: number }) {
  const { t } = useI18n();
  const { data } = useRpc(() => api.leads.history({ id: leadId }), [leadId], leadActivity(leadId));
  return (
    <Card title={t('leads.history')} size="small" data-testid="lead-history">
      <Timeline
        items={(data ?? []).map((a) => ({
          key: a.id,
          children: (
            <>
              <Typography.Text>{describe(a, t)}</Typography.Text>
              {typeof a.data.note === 'string' && a.data.note && (
                <Typography.Paragraph style={{ margin: 0 }} type="secondary">
                  “{a.data.note}”
                </Typography.Paragraph>
              )}
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(a.at)} · {a.userName ?? t('history.system')}
                </Typography.Text>
              </div>
            </>
          ),
        }))}
      />
    </Card>
  );
}
