import { Button, Card, Space, Table, Tag, Tooltip } from 'antd';
import type { ReactElement } from 'react';
import type { LeadOut } from '../../../src-shared/contract/leads';
import type { TrialOut } from '../../../src-shared/contract/trials';
import type { TrialResult } from '../../../src-shared/domain/catalog';
import type { LeadStatus } from '../../../src-shared/domain/lead-status';
import { useI18n, type T } from '../../app/i18n';
import { useCentreClock } from '../../ui/centre-time';
import { formatIsoDate } from '../../ui/format';
import { BookTrialModal } from './book-trial.modal';
import { MoveTrialModal } from './move-trial.modal';
import { TrialResultModal } from './trial-result.modal';

const RESULT_COLOR = { attended: 'magenta', missed: 'orange', accepted: 'green', declined: 'default' } as const;

export type TrialDialog =
  { kind: 'book' } | { kind: 'result'; trial: TrialOut; result?: TrialResult } | { kind: 'move'; trial: TrialOut };

const openTrial = (trials: TrialOut[]) => trials.find((x) => x.result === null);

/** Why "Sinovga Yozish" is not possible now, or null. */
export function bookingBlocked(lead: LeadOut, trials: TrialOut[], t: T): string | null {
  if (!lead.sellerId) return t('trials.needSeller');
  const open = openTrial(trials);
  return open ? t('trials.openExists', { date: formatIsoDate(open.date) }) : null;
}

/** Why a trial's result cannot be entered yet (before its day), or null. */
export function resultBlocked(trial: TrialOut, today: string, t: T): string | null {
  return today && trial.date > today ? t('trials.resultLater', { date: formatIsoDate(trial.date) }) : null;
}

/** Why a trial cannot be moved any more (its day has passed: enter its result), or null. */
const moveBlocked = (trial: TrialOut, today: string, t: T): string | null =>
  today && trial.date < today ? t('trials.alreadyStarted') : null;

/**
 * What picking a trial stage in the status list does: "Sinovga yozildi" opens the booking form,
 * "Sinovga keldi / kelmadi" the result form of the open trial — or the reason neither can open.
 */
export function trialStageAction(
  stage: LeadStatus,
  lead: LeadOut,
  trials: TrialOut[],
  today: string,
  t: T,
): TrialDialog | string {
  if (stage === 'trial_registered') return bookingBlocked(lead, trials, t) ?? { kind: 'book' };
  const open = openTrial(trials);
  if (!open) return t('trials.noOpenTrial');
  return (
    resultBlocked(open, today, t) ?? {
      kind: 'result',
      trial: open,
      result: stage === 'trial_missed' ? 'missed' : 'attended',
    }
  );
}

/** A button that, when disabled, says why in a tooltip. */
function WithReason({ reason, children }: { reason: string | null; children: ReactElement }) {
  return reason ? <Tooltip title={reason}>{children}</Tooltip> : children;
}

/** "Sinov darslari" on the lead page; the lead page holds the trials and opens the dialogs. */
export function TrialsCard({
  lead,
  trials,
  onOpen,
}: {
  lead: LeadOut;
  trials: TrialOut[] | null;
  onOpen(dialog: TrialDialog): void;
}) {
  const { t } = useI18n();
  const clock = useCentreClock();
  const today = clock?.today() ?? '';
  const cannotBook = trials ? bookingBlocked(lead, trials, t) : null;
  return (
    <Card
      size="small"
      title={t('trials.title')}
      data-testid="trials-card"
      extra={
        <WithReason reason={cannotBook}>
          <Button
            size="small"
            type="primary"
            disabled={!trials || !!cannotBook}
            onClick={() => onOpen({ kind: 'book' })}
          >
            {t('trials.book')}
          </Button>
        </WithReason>
      }
    >
      <Table<TrialOut>
        rowKey="id"
        size="small"
        pagination={false}
        loading={!trials}
        dataSource={trials ?? []}
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
            render: (_, x) => {
              const noResult = resultBlocked(x, today, t);
              const noMove = moveBlocked(x, today, t);
              return (
                <Space size={4}>
                  {x.result === null && (
                    <WithReason reason={noMove}>
                      <Button size="small" disabled={!!noMove} onClick={() => onOpen({ kind: 'move', trial: x })}>
                        {t('trials.move')}
                      </Button>
                    </WithReason>
                  )}
                  {(x.result === null || x.result === 'attended') && (
                    <WithReason reason={noResult}>
                      <Button size="small" disabled={!!noResult} onClick={() => onOpen({ kind: 'result', trial: x })}>
                        {t('trials.result')}
                      </Button>
                    </WithReason>
                  )}
                </Space>
              );
            },
          },
        ]}
      />
    </Card>
  );
}

/** The trial dialog that is open, if any; `onSaved` gets the trial as saved and whether the lead's status moved. */
export function TrialDialogs({
  lead,
  dialog,
  onClose,
  onSaved,
}: {
  lead: LeadOut;
  dialog: TrialDialog | null;
  onClose(): void;
  onSaved(trial: TrialOut, statusChanged: boolean): void;
}) {
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'book':
      return <BookTrialModal lead={lead} onClose={onClose} onBooked={(x) => onSaved(x, true)} />;
    case 'result':
      return (
        <TrialResultModal
          trial={dialog.trial}
          initialResult={dialog.result}
          onClose={onClose}
          onSaved={(x) => onSaved(x, true)}
        />
      );
    case 'move':
      return <MoveTrialModal trial={dialog.trial} onClose={onClose} onMoved={(x) => onSaved(x, false)} />;
  }
}
