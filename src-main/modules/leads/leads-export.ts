import type { Output, ParsedInput } from '../../../src-shared/contract/api';
import { translate } from '../../../src-shared/i18n/index';
import { localParts } from '../../../src-shared/domain/zoned-time';
import type { Db } from '../../db/connect';
import type { Actor } from '../context';
import { listLeads } from './leads-list.repo';
import { xlsxWriter } from '../xlsx-writer';

const PAGE = 2_000;
/** An export stops here: far above a centre's leads, well below what would exhaust the primary. */
const MAX_ROWS = 250_000;

/**
 * "Excel'ga yuklash" (SPEC §9): the leads of the list's current filter — every page, a seller's own
 * only — with the list's columns plus notes and dates, in the centre's time zone.
 */
export async function exportLeads(
  db: Db,
  actor: Actor,
  input: ParsedInput<'leads.export'>,
  timeZone: string,
  now: number,
): Promise<Output<'leads.export'>> {
  const uz = (key: string) => translate('uz', key);
  // Imported leads share their times to the minute: each distinct minute is worked out once.
  const shown = new Map<number, string>();
  const when = (t: number | null) => {
    if (t === null) return '';
    const minute = Math.floor(t / 60_000);
    let text = shown.get(minute);
    if (text === undefined) {
      const p = localParts(t, timeZone);
      const hh = String(Math.floor(p.minutes / 60)).padStart(2, '0');
      text = `${p.date.slice(8, 10)}.${p.date.slice(5, 7)}.${p.date.slice(0, 4)} ${hh}:${String(p.minutes % 60).padStart(2, '0')}`;
      shown.set(minute, text);
    }
    return text;
  };
  const file = xlsxWriter();
  const sheet = file.sheet('Lidlar', [
    { header: uz('leads.name'), width: 28 },
    { header: uz('leads.phone'), width: 18 },
    { header: uz('leads.extraPhone'), width: 18 },
    { header: uz('leads.source'), width: 14 },
    { header: uz('leads.course'), width: 18 },
    { header: uz('leads.status'), width: 18 },
    { header: uz('leads.seller'), width: 22 },
    { header: uz('leads.createdAt'), width: 18 },
    { header: uz('imports.export.assignedAt'), width: 18 },
    { header: uz('leads.notes'), width: 40 },
  ]);
  for (let page = 1; (page - 1) * PAGE < MAX_ROWS; page++) {
    const { items, total } = await listLeads(db, actor, { ...input, page, pageSize: PAGE }, timeZone);
    for (const l of items)
      sheet.add([
        l.name,
        l.phone,
        l.extraPhone ?? '',
        uz(`source.${l.source}`),
        l.courseName ?? '',
        uz(`status.${l.status}`),
        l.sellerName ?? uz('leads.unassigned'),
        when(l.createdAt),
        when(l.assignedAt),
        l.notes,
      ]);
    if (page * PAGE >= total || items.length === 0) break;
    await new Promise((r) => setImmediate(r));
  }
  const day = localParts(now, timeZone).date;
  return {
    fileName: `lidlar-${day}.xlsx`,
    contentBase64: (await file.finish()).toString('base64'),
  };
}
