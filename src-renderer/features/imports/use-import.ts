import { useRef, useState } from 'react';
import type { Input } from '../../../src-shared/contract/api';
import type { PreviewOut } from '../../../src-shared/contract/imports';
import type { ImportField } from '../../../src-shared/domain/import-columns';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { errorText } from '../../ui/errors';
import { checkImportFile, readAsBase64 } from './read-file';

/** Column index → field, or null to ignore it: what imports.preview and imports.commit take as `mapping`. */
export type Mapping = NonNullable<NonNullable<Input<'imports.preview'>>['mapping']>;

/** What is being imported: a file read in the window, or the Google sheet of the settings (read by the server). */
type Source = { fileName: string; contentBase64: string } | { sheets: true };

/** The columns as the server matched them last: the mapping to send when one of them changes. */
export const mappingOf = (columns: PreviewOut['columns']): Mapping =>
  Object.fromEntries(columns.map((c) => [String(c.index), c.field]));

/**
 * The import in progress: the file (read in the window), its latest preview, and every recount
 * (another column match, another sheet). Only the latest answer counts; a failed recount keeps the
 * preview before it, so the screen never shows a mapping the server has not counted.
 */
export function useImport() {
  const { t } = useI18n();
  const [file, setFile] = useState<Source | null>(null);
  const [preview, setPreview] = useState<PreviewOut | null>(null);
  /** The mapping sent with the last preview that succeeded (undefined: the server's own match). */
  const [mapping, setMapping] = useState<Mapping | undefined>(undefined);
  /** The match being counted right now, shown in the selects meanwhile. */
  const [pending, setPending] = useState<Mapping | null>(null);
  const [busy, setBusy] = useState<'reading' | 'counting' | 'sheets' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);

  const run = async (
    f: Source,
    sheet: string | undefined,
    next: Mapping | undefined,
    doing: 'counting' | 'sheets' = 'counting',
  ) => {
    const mine = ++generation.current;
    setBusy(doing);
    setError(null);
    try {
      const out =
        'sheets' in f
          ? await api.imports.previewSheets({ mapping: next })
          : await api.imports.preview({ ...f, sheet, mapping: next });
      if (mine !== generation.current) return;
      setFile(f);
      setPreview(out);
      setMapping(next);
    } catch (e) {
      if (mine === generation.current) setError(errorText(e, t));
    } finally {
      if (mine === generation.current) {
        setBusy(null);
        setPending(null);
      }
    }
  };

  /** A file dropped or chosen: checked, read, previewed. Returns false so the drop zone uploads nothing itself. */
  const load = async (chosen: File) => {
    const problem = checkImportFile(chosen.name, chosen.size);
    if (problem) {
      ++generation.current;
      setBusy(null);
      setError(t(problem.key, problem.params));
      return;
    }
    const mine = ++generation.current;
    setBusy('reading');
    setError(null);
    let contentBase64: string;
    try {
      contentBase64 = await readAsBase64(chosen);
    } catch {
      if (mine === generation.current) {
        setBusy(null);
        setError(t('imports.readFailed'));
      }
      return;
    }
    if (mine !== generation.current) return;
    setPreview(null);
    setFile(null);
    await run({ fileName: chosen.name, contentBase64 }, undefined, undefined);
  };

  /** "Google Sheets'dan import": the sheet of the settings, read now by the server. */
  const loadSheets = async () => {
    setPreview(null);
    setFile(null);
    await run({ sheets: true }, undefined, undefined, 'sheets');
  };

  /** One column matched to another field: a field taken by another column is taken from it (that one is ignored). */
  const remap = (index: number, field: ImportField | null) => {
    if (!file || !preview) return;
    const next = mappingOf(preview.columns);
    if (field)
      for (const [k, f] of Object.entries(next)) {
        if (f === field) next[k] = null;
      }
    next[String(index)] = field;
    setPending(next);
    void run(file, preview.sheet, next);
  };

  /** Another sheet of the workbook: its own header, so the server matches its columns afresh. */
  const pickSheet = (sheet: string) => {
    if (!file) return;
    void run(file, sheet, undefined);
  };

  const reset = () => {
    ++generation.current;
    setFile(null);
    setPreview(null);
    setMapping(undefined);
    setPending(null);
    setBusy(null);
    setError(null);
  };

  return { file, preview, mapping, pending, busy, error, load, loadSheets, remap, pickSheet, reset };
}
