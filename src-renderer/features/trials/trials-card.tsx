import { Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import type { LeadOut } from '../../../src-shared/contract/leads';
import type { TrialOut } from '../../../src-shared/contract/trials';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useRpc } from '../../ui/use-rpc';
import { BookTrialModal } from './book-trial.modal';
import { TrialResultModal } from './trial-result.modal';
import { formatIsoDate } from '../../ui/format';
import { leadChangedElsewhere } from '../../ui/live';

const RESULT_COLOR = { attended: 'magenta', missed: 'orange', accepted: 'green', declined: 'default' } as const;

/** "Sinov darslari" on the lead page. */
export function TrialsCard({ lead, onChanged }: { lead: LeadOut; onChanged(): void }) {
  const { t } = useI18n();
  const { data, reload } = useRpc(() => api.trials.list({ leadId: lead.id }), [lead.id], leadChangedElsewhere(lead.id));
  const [booking, setBooking] = useState(false);
  const [resultFor, setResultFor] = useState<TrialOut | null>(null);
  const done = () => {
    void reload();
    onChanged();
  };
  const open = (data ?? []).some((x) => x.result === null);
  return (
    <Card
      size="small"
      title={t('trials.title')}
      data-testid="trials-card"
      extra={
        <Button size="small" type="primary" disabled={open} onClick={() => setBooking(true)}>
          {t('trials.book')}
        </Button>
      }
    >
      <Table<TrialOut>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={data ?? []}
        locale={{ emptyText: t('trials.none') }}
        columns={[
          {
            title: t('trials.date'),
            render: (_, x) => (
              <span style={{ whiteSpace: 'nowrap' }}>
                {formatIsoDate(x.date)} {x.time}
              </span>
            ),
          },
          { title: t('trials.group'), render: (_, x) => `${x.groupName} (${x.courseName})` },
          { title: t('groups.room'), render: (_, x) => x.roomName ?? '—' },
          {
            title: t('trials.result'),
            render: (_, x) =>
              x.result ? (
                <Tag color={RESULT_COLOR[x.result]}>{t(`result.${x.result}`)}</Tag>
              ) : (
                <Tag>{t('trials.noResult')}</Tag>
              ),
          },
          {
            title: '',
            render: (_, x) =>
              (x.result === null || x.result === 'attended') && (
                <Button size="small" onClick={() => setResultFor(x)}>
                  {t('trials.result')}
                </Button>
              ),
          },
        ]}
      />
      {booking && <BookTrialModal lead={lead} onClose={() => setBooking(false)} onBooked={done} />}
      {resultFor && <TrialResultModal trial={resultFor} onClose={() => setResultFor(null)} onSaved={done} />}
    </Card>
  );
}
