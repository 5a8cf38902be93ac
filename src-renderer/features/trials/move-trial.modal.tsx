import { Form, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { TrialOut } from '../../../src-shared/contract/trials';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useCentreClock } from '../../ui/centre-time';
import { FormModal } from '../../ui/form-modal';
import { useRpc } from '../../ui/use-rpc';
import { LessonDatePicker, lessonDateRules } from './lesson-date';

interface Values {
  date: Dayjs;
  time?: Dayjs;
}

/** "Ko'chirish": the same group, another lesson day (and time), before the trial has taken place. */
export function MoveTrialModal({
  trial,
  onClose,
  onMoved,
}: {
  trial: TrialOut;
  onClose(): void;
  onMoved(trial: TrialOut): void;
}) {
  const { t } = useI18n();
  const groups = useRpc(() => api.groups.list({}), []);
  const group = groups.data?.find((g) => g.id === trial.groupId);
  const clock = useCentreClock();
  const today = clock?.today() ?? '';
  return (
    <FormModal<Values>
      name="move"
      title={t('trials.moveTitle', { group: trial.groupName })}
      successMessage={t('trials.moved')}
      initialValues={{ time: dayjs(`2000-01-01T${trial.time}`) }}
      onClose={onClose}
      onSubmit={async (v) => {
        onMoved(
          await api.trials.move({ id: trial.id, date: v.date.format('YYYY-MM-DD'), time: v.time?.format('HH:mm') }),
        );
      }}
    >
      <Form.Item
        name="date"
        label={t('trials.newDate')}
        rules={lessonDateRules(t, group?.days, today)}
        extra={group && t('trials.lessonDays', { days: t(`groups.days.${group.days}`) })}
      >
        <LessonDatePicker days={group?.days} today={today} />
      </Form.Item>
      <Form.Item name="time" label={t('trials.time')}>
        <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
