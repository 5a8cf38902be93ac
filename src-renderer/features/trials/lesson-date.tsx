import { DatePicker } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { cloneElement, isValidElement, type CSSProperties } from 'react';
import { isLessonDay, type LessonDays } from '../../../src-shared/domain/catalog';
import { isoWeekday } from '../../../src-shared/domain/zoned-time';
import { tKey, type T } from '../../app/i18n';
import { formatIsoDate } from '../../ui/format';

const iso = (d: Dayjs) => d.format('YYYY-MM-DD');

/**
 * A trial's date: a lesson day of the group, not before today in the centre's zone. Other days are
 * greyed in the calendar but can still be typed, so that a wrong day is explained, never silently
 * cleared (see `lessonDateRules`).
 */
export function LessonDatePicker({
  days,
  today,
  value,
  onChange,
  id,
  disabled,
}: {
  days: LessonDays | undefined;
  today: string;
  value?: Dayjs | null;
  onChange?(v: Dayjs | null): void;
  id?: string;
  disabled?: boolean;
}) {
  return (
    <DatePicker
      id={id}
      value={value}
      onChange={(d: Dayjs | null) => onChange?.(d)}
      disabled={disabled}
      format="DD.MM.YYYY"
      style={{ width: '100%' }}
      cellRender={(current, info) => {
        const node = info.originNode;
        if (info.type !== 'date' || !dayjs.isDayjs(current) || !isValidElement<{ style?: CSSProperties }>(node))
          return node;
        const off = iso(current) < today || (days !== undefined && !isLessonDay(days, iso(current)));
        return off ? cloneElement(node, { style: { ...node.props.style, opacity: 0.3 } }) : node;
      }}
    />
  );
}

/** Required; not in the past; a lesson day of the group — each refusal says why. */
export function lessonDateRules(t: T, days: LessonDays | undefined, today: string): Rule[] {
  return [
    { required: true, message: t('field.required') },
    {
      validator: async (_, v: Dayjs | null | undefined) => {
        if (!v || !days) return;
        const date = iso(v);
        if (date < today) throw new Error(t('error.trialInPast'));
        if (!isLessonDay(days, date))
          throw new Error(
            t('trials.notLessonDay', {
              date: formatIsoDate(date),
              weekday: tKey(t, `weekday.${isoWeekday(date)}`),
              days: t(`groups.days.${days}`),
            }),
          );
      },
    },
  ];
}
