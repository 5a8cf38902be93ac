import { formatPhone } from '../../src-shared/domain/phone';

export { formatPhone };

let centreZone = 'Asia/Tashkent';
/** Dates and times are shown in the centre's time zone, whatever the PC's clock is set to. */
export function setCentreZone(tz: string) {
  centreZone = tz;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** dd.mm.yyyy, hh:mm — the way dates are written in Uzbekistan — in the centre's zone. */
export function formatDateTime(t: number | null): string {
  if (t === null) return '—';
  let f = formatters.get(centreZone);
  if (!f) {
    f = new Intl.DateTimeFormat('ru-RU', {
      timeZone: centreZone,
      hourCycle: 'h23',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(centreZone, f);
  }
  return f.format(t);
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
