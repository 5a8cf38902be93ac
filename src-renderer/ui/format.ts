import { formatPhone } from '../../src-shared/domain/phone';

export { formatPhone };

let centreZone = 'Asia/Tashkent';
/** Dates and times are shown in the centre's time zone, whatever the PC's clock is set to. */
export function setCentreZone(tz: string) {
  centreZone = tz;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One cached formatter per zone and shape, in the centre's zone and the 24-hour clock. */
function zoned(shape: 'dateTime' | 'time'): Intl.DateTimeFormat {
  const key = `${centreZone}|${shape}`;
  let f = formatters.get(key);
  if (!f) {
    const date = shape === 'dateTime' ? ({ day: '2-digit', month: '2-digit', year: 'numeric' } as const) : {};
    f = new Intl.DateTimeFormat('ru-RU', {
      timeZone: centreZone,
      hourCycle: 'h23',
      ...date,
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(key, f);
  }
  return f;
}

/** dd.mm.yyyy, hh:mm — the way dates are written in Uzbekistan — in the centre's zone. */
export function formatDateTime(t: number | null): string {
  return t === null ? '—' : zoned('dateTime').format(t);
}

/** hh:mm in the centre's zone (a time later today, such as when a code stops working). */
export function formatTime(t: number): string {
  return zoned('time').format(t);
}

let currency = "so'm";
/** The currency word of the current language ("so'm", "сум"); set by the i18n provider. */
export function setCurrency(word: string) {
  currency = word;
}

/** 1 200 000 so'm (сум in Russian) */
export const formatSum = (n: number) =>
  `${new Intl.NumberFormat('ru-RU').format(n).replace(/\u00a0/g, ' ')} ${currency}`;

/** A calendar date `2026-11-30` as `30.11.2026`. */
export const formatIsoDate = (date: string) => date.split('-').reverse().join('.');
