import { Card, Timeline, Typography } from 'antd';
import type { ActivityOut } from '../../../src-shared/contract/leads';
import type { MsgKey } from '../../../src-shared/i18n/index';
import { api } from '../../api/client';
import { tKey, useI18n, type T } from '../../app/i18n';
import { formatDateTime, formatIsoDate } from '../../ui/format';
import { leadActivity } from '../../ui/live';
import { useRpc } from '../../ui/use-rpc';

const FIELD_LABEL: Record<string, MsgKey> = {
  name: 'leads.name',
  phone: 'leads.phone',
  extra_phone: 'leads.extraPhone',
  source: 'leads.source',
  course_id: 'leads.course',
  notes: 'leads.notes',
};

const text = (v: unknown) => (typeof v === 'string' ? v : '');
/** "30.11.2026 15:00" from a stored calendar date and time of day. */
const when = (date: unknown, time: unknown) =>
  [typeof date === 'string' && date ? formatIsoDate(date) : '', text(time)].filter(Boolean).join(' ');

/** One history line in the user's language: every kind and every value it names is translated. */
function describe(a: ActivityOut, t: T): string {
  const d = a.data;
  switch (a.type) {
    case 'created':
      return t('history.created', { source: tKey(t, `source.${text(d.source)}`) });
    case 'assigned': {
      const to = text(d.toName) || t('leads.unassigned');
      const line = d.from
        ? t('history.reassigned', { from: text(d.fromName) || t('leads.unassigned'), to })
        : t('history.assigned', { to });
      return d.auto ? `${line} (${t('history.auto')})` : line;
    }
    case 'status':
      return (
        t('history.status', { from: tKey(t, `status.${text(d.from)}`), to: tKey(t, `status.${text(d.to)}`) }) +
        (d.lostReason ? ` — ${tKey(t, `lost.${text(d.lostReason)}`)}` : '')
      );
    case 'edit': {
      const fields = Object.keys((d.changes as object | undefined) ?? {})
        .map((f) => FIELD_LABEL[f])
        .filter((k): k is MsgKey => k !== undefined);
      return t('history.edit', { fields: fields.map((k) => t(k)).join(', ') });
    }
    case 'followup_done': {
      const line = d.kind
        ? t('history.followupDoneKind', { kind: tKey(t, `kind.${text(d.kind)}`) })
        : t('history.followup_done');
      return d.bulk ? `${line} (${t('history.bulk')})` : line;
    }
    case 'trial_booked':
      return d.group
        ? t('history.trialBookedAt', { group: text(d.group), when: when(d.date, d.time) })
        : t('history.trial_booked');
    case 'trial_result':
      return t('history.trial_result', { result: tKey(t, `result.${text(d.result)}`) });
    case 'trial_moved':
      return t('history.trial_moved', { from: when(d.fromDate, d.fromTime), to: when(d.toDate, d.toTime) });
  }
}

/** "Tarix": every change of the lead — who, when, what — oldest first; long notes folded. */
export function LeadHistory({ leadId }: { leadId: number }) {
  const { t } = useI18n();
  const { data } = useRpc(() => api.leads.history({ id: leadId }), [leadId], leadActivity(leadId));
  return (
    <Card title={t('leads.history')} size="small" data-testid="lead-history" loading={!data}>
      <Timeline
        items={(data ?? []).map((a) => ({
          key: a.id,
          content: (
            <>
              <Typography.Text>{describe(a, t)}</Typography.Text>
              {typeof a.data.note === 'string' && a.data.note && (
                <Typography.Paragraph
                  type="secondary"
                  style={{ margin: 0, whiteSpace: 'pre-wrap' }}
                  ellipsis={{
                    rows: 3,
                    expandable: 'collapsible',
                    symbol: (open) => (open ? t('leads.less') : t('leads.more')),
                  }}
                >
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
