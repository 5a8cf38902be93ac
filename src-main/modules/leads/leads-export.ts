import ExcelJS from 'exceljs';
import type { Output, ParsedInput } from '../../../src-shared/contract/api';
import { translate } from '../../../src-shared/i18n/index';
import { localParts } from '../../../src-shared/domain/zoned-time';
import type { Db } from '../../db/connect';
import type { Actor } from '../context';
import { listLeads } from './leads-list.repo';

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
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Lidlar');
  const uz = (key: string) => translate('uz', key);
  const when = (t: number | null) => {
    if (t === null) return '';
    const p = localParts(t, timeZone);
    const hh = String(Math.floor(p.minutes / 60)).padStart(2, '0');
    return `${p.date.slice(8, 10)}.${p.date.slice(5, 7)}.${p.date.slice(0, 4)} ${hh}:${String(p.minutes % 60).padStart(2, '0')}`;
  };
  sheet.columns = [
    { header: uz('leads.name'), key: 'name', width: 28 },
    { header: uz('leads.phone'), key: 'phone', width: 18 },
    { header: uz('leads.extraPhone'), key: 'extraPhone', width: 18 },
    { header: uz('leads.source'), key: 'source', width: 14 },
    { header: uz('leads.course'), key: 'course', width: 18 },
    { header: uz('leads.status'), key: 'status', width: 18 },
    { header: uz('leads.seller'), key: 'seller', width: 22 },
    { header: uz('leads.createdAt'), key: 'createdAt', width: 18 },
    { header: uz('imports.export.assignedAt'), key: 'assignedAt', width: 18 },
    { header: uz('leads.notes'), key: 'notes', width: 40 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (let page = 1; (page - 1) * PAGE < MAX_ROWS; page++) {
    const { items, total } = await listLeads(db, actor, { ...input, page, pageSize: PAGE }, timeZone);
    for (const l of items)
      sheet.addRow({
        name: l.name,
        phone: l.phone,
        extraPhone: l.extraPhone ?? '',
        source: uz(`source.${l.source}`),
        course: l.courseName ?? '',
        status: uz(`status.${l.status}`),
        seller: l.sellerName ?? uz('leads.unassigned'),
        createdAt: when(l.createdAt),
        assignedAt: when(l.assignedAt),
        notes: l.notes,
      });
    if (page * PAGE >= total || items.length === 0) break;
    await new Promise((r) => setImmediate(r));
  }
  const day = localParts(now, timeZone).date;
  return {
    fileName: `lidlar-${day}.xlsx`,
    contentBase64: Buffer.from(await book.xlsx.writeBuffer()).toString('base64'),
  };
}
