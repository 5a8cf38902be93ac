import { DatePicker } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import type { T } from '../app/i18n';
import { instantOf, loadCentreClock, useCentreClock, wallOf } from './centre-time';

const FORMAT = 'DD.MM.YYYY HH:mm';

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/**
 * The one date-and-time picker: reads and writes an instant (epoch ms) shown and typed in the
 * centre's time zone, whatever zone the PC is set to. Times already past are disabled.
 * Use inside a Form.Item (value/onChange) with `futureRule(t)` so a typed past time is refused too.
 */
export function DateTimePicker({
  value,
  onChange,
  id,
  allowClear = true,
  placeholder,
  minuteStep = 5,
  'data-testid': testId,
}: {
  value?: number | null;
  onChange?(value: number | null): void;
  id?: string;
  allowClear?: boolean;
  placeholder?: string;
  minuteStep?: 1 | 5 | 10 | 15;
  'data-testid'?: string;
}) {
  const clock = useCentreClock();
  const zone = clock?.zone;
  const nowWall = clock ? wallOf(clock.now(), clock.zone) : null;
  const today = nowWall?.format('YYYY-MM-DD') ?? '';
  // The picker drops a typed time it has disabled; a past time typed in full is kept instead, so
  // that `futureRule` says why it cannot be saved rather than the field going blank.
  const takeTypedPast = (target: EventTarget) => {
    if (!clock || !(target instanceof HTMLInputElement)) return;
    const typed = dayjs(target.value, FORMAT, true);
    if (!typed.isValid()) return;
    const at = instantOf(typed, clock.zone);
    if (at <= clock.now() && at !== value) onChange?.(at);
  };
  return (
    // Enter confirms the typed time in the picker; it must not also submit a one-field form.
    <div
      onKeyDown={(e) => {
        if (e.key !== 'Enter') return;
        e.preventDefault();
        takeTypedPast(e.target);
      }}
      onBlur={(e) => takeTypedPast(e.target)}
    >
      <DatePicker
        id={id}
        data-testid={testId}
        value={value != null && zone ? wallOf(value, zone) : null}
        onChange={(d: Dayjs | null) => onChange?.(d && zone ? instantOf(d, zone) : null)}
        disabled={!clock}
        allowClear={allowClear}
        placeholder={placeholder}
        showTime={{ format: 'HH:mm', minuteStep }}
        showNow={false}
        format={FORMAT}
        style={{ width: '100%' }}
        disabledDate={(d) => d.format('YYYY-MM-DD') < today}
        disabledTime={(d) => {
          if (!nowWall || !d || d.format('YYYY-MM-DD') !== today) return {};
          const hour = nowWall.hour();
          const minute = nowWall.minute();
          return {
            disabledHours: () => range(0, hour),
            disabledMinutes: (h: number) => (h === hour ? range(0, minute + 1) : h < hour ? range(0, 60) : []),
          };
        }}
      />
    </div>
  );
}

/** Refuses a time that is not in the future (by the centre's clock): a typed or stale value. */
export const futureRule = (t: T): Rule => ({
  validator: async (_, v: number | null | undefined) => {
    if (v == null) return;
    const clock = await loadCentreClock();
    if (v <= clock.now()) throw new Error(t('picker.past'));
  },
});
