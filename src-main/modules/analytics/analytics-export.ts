import ExcelJS from 'exceljs';
import type { Output } from '../../../src-shared/contract/api';
import { translate } from '../../../src-shared/i18n/index';

type Cell = string | number | null;
const uz = (key: string) => translate('uz', key);
/** A rate as a percentage cell, "—" when there was nothing to divide by. */
const pct = (r: number | null) => (r === null ? '—' : r);
const minutes = (m: number | null) => (m === null ? '—' : Math.round(m));

/** "Excel'ga yuklash" (SPEC §10): each table of the Analytics page on its own sheet, in Uzbek. */
export async function analyticsWorkbook(
  a: Output<'analytics.get'>,
  range: { from: string; to: string },
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = (nameKey: string, header: string[], rows: Cell[][], pctCols: number[] = []) => {
    const s = book.addWorksheet(uz(nameKey));
    s.addRow([`${uz('analytics.title')}: ${range.from} — ${range.to}`]).font = { italic: true };
    s.addRow(header.map(uz)).font = { bold: true };
    for (const r of rows) s.addRow(r);
    s.columns.forEach((c, i) => {
      c.width = i === 0 ? 28 : 16;
      if (pctCols.includes(i)) c.numFmt = '0.0%';
    });
    s.views = [{ state: 'frozen', ySplit: 2 }];
  };
  sheet(
    'analytics.bySource',
    ['analytics.source', 'analytics.leads', 'analytics.enrolled', 'analytics.conversion'],
    [
      ...a.bySource.map((r) => [uz(`source.${r.source}`), r.leads, r.enrolled, pct(r.conversion)]),
      [uz('analytics.total'), a.totals.leads, a.totals.enrolled, pct(a.totals.conversion)],
    ],
    [3],
  );
  sheet(
    'analytics.funnel',
    ['analytics.stage', 'analytics.leads'],
    a.funnel.map((r) => [uz(`status.${r.status}`), r.count]),
  );
  sheet(
    'analytics.ranking',
    [
      'analytics.seller',
      'analytics.leads',
      'analytics.contacted',
      'analytics.trials',
      'analytics.sales',
      'analytics.conversion',
      'analytics.responseMinutes',
      'analytics.overdue',
    ],
    a.ranking.map((r) => [
      r.sellerName,
      r.leads,
      r.contacted,
      r.trials,
      r.sales,
      pct(r.conversion),
      minutes(r.avgResponseMinutes),
      r.overdue,
    ]),
    [5],
  );
  const trendRows = (rows: Output<'analytics.get'>['monthly']) => rows.map((r) => [r.period, r.leads, r.sales]);
  sheet('analytics.monthly', ['analytics.month', 'analytics.newLeads', 'analytics.sales'], trendRows(a.monthly));
  sheet('analytics.weekly', ['analytics.weekOf', 'analytics.newLeads', 'analytics.sales'], trendRows(a.weekly));
  sheet(
    'analytics.lostReasons',
    ['analytics.reason', 'analytics.leads'],
    a.lostReasons.map((r) => [uz(`lost.${r.reason}`), r.count]),
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}
