import type { MsgParams } from '../../../src-shared/contract/errors';
import type { MsgKey } from '../../../src-shared/i18n/index';

/** The contract's MAX_IMPORT_BYTES (not imported: that module would bring zod into the window). */
const MAX_FILE_MB = 10;
const MAX_BYTES = MAX_FILE_MB * 1024 * 1024;

/** What the drop zone offers in the file dialog: .xls too, so an old workbook gets its "save as .xlsx" message. */
export const PICKER_ACCEPT = '.xlsx,.csv,.xls';

export interface FileProblem {
  key: MsgKey;
  params?: MsgParams;
}

/** Checks a chosen file before reading it — only .xlsx and .csv, not empty, ≤ 10 MB — in the core's own words. */
export function checkImportFile(name: string, size: number): FileProblem | null {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (ext === 'xls') return { key: 'imports.error.xls' };
  if (ext !== 'xlsx' && ext !== 'csv') return { key: 'imports.error.unsupported', params: { name } };
  if (size === 0) return { key: 'imports.error.empty', params: { name } };
  if (size > MAX_BYTES) return { key: 'imports.error.tooBig', params: { name } };
  return null;
}

/** A file's bytes as base64, read in the window (the drop zone sends no request of its own). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
