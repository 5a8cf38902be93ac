import { formatPhone } from '../../src-shared/domain/phone';

export { formatPhone };

let centreZone = 'Asia/Tashkent';
/** Dates and times are shown in the centre's time zone, whatever the PC's clock is set to. */
export function setCentreZone(tz: string) {
  centreZone = tz;
}

const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(kind: 'dateTime' | 'date' | 'time'): Intl.DateTimeFormat {
  const key = `${kind}|${centreZone}`;
  let f = cache.get(key);
  if (!f) {
    const opts: Intl.DateTimeFormatOptions = { timeZone: centreZone, hourCycle: 'h23' };
    if (kind !== 'time') Object.assign(opts, { day: '2-digit', month: '2-digit', year: 'numeric' });
    if (kind !== 'date') Object.assign(opts, { hour: '2-digit', minute: '2-digit' });
    f = new Intl.DateTimeFormat('ru-RU', opts); // dd.mm.yyyy, hh:mm — the way dates are written in Uzbekistan
    cache.set(key, f);
  }
  return f;
}

export const formatDateTime = (t: number | null) => (t === null ? '—' : fmt('dateTime').format(t));
export const formatDate = (t: number | null) => (t === null ? '—' : fmt('date').format(t));

/** 1 200 000 so'm */
export const formatSum = (n: number) => `${new Intl.NumberFormat('ru-RU').format(n).replace(/\u00a0/g, ' ')} so'm`;
