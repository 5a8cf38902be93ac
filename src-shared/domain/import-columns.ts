import type { LeadSource } from './lead-status';
import { normalisePhone } from './phone';

/** The lead fields an import column can fill. */
export const IMPORT_FIELDS = ['name', 'phone', 'extraPhone', 'source', 'course', 'notes'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** A header cell as compared: lower case, Latin apostrophes and Cyrillic ё unified, no spaces or punctuation. */
export const headerKey = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFC')
    .replace(/ё/g, 'е')
    .replace(/[\s'’‘`ʻʼ"«»().,:;_\-*#№/\\]+/g, '');

/** Header synonyms in Uzbek (Latin and Cyrillic), Russian and English (SPEC §9; the manual's Excel section). */
const SYNONYMS: Record<ImportField, string[]> = {
  name: [
    'ism',
    'ismi',
    'ismfamiliya',
    'familiyaism',
    'fio',
    'fish',
    'mijoz',
    'lid',
    'исм',
    'имя',
    'фио',
    'клиент',
    'имяфамилия',
    'фамилияимя',
    'name',
    'fullname',
    'client',
    'lead',
    'firstname',
  ],
  phone: [
    'telefon',
    'telefonraqam',
    'telefonraqami',
    'raqam',
    'tel',
    'телефон',
    'тел',
    'номер',
    'номертелефона',
    'мобильный',
    'phone',
    'phonenumber',
    'mobile',
    'number',
  ],
  extraPhone: [
    'qoshimchatelefon',
    'qoshimcharaqam',
    'ikkinchitelefon',
    'telefon2',
    'tel2',
    'тел2',
    'доптелефон',
    'дополнительныйтелефон',
    'телефон2',
    'extraphone',
    'phone2',
    'secondphone',
    'otherphone',
  ],
  source: ['manba', 'manbaa', 'qayerdan', 'источник', 'канал', 'откуда', 'source', 'channel', 'utmsource'],
  course: ['kurs', 'yonalish', 'fan', 'курс', 'направление', 'предмет', 'course', 'subject', 'program'],
  notes: [
    'izoh',
    'eslatma',
    'izohlar',
    'eslatmalar',
    'примечание',
    'комментарий',
    'заметки',
    'коммент',
    'notes',
    'note',
    'comment',
    'comments',
  ],
};
const BY_KEY = new Map<string, ImportField>(
  Object.entries(SYNONYMS).flatMap(([f, keys]) => keys.map((k) => [headerKey(k), f as ImportField] as const)),
);

/**
 * Matches each header cell to a field, in any order; a field is taken by its first column only
 * (a second "Telefon" column is left for the user to map, e.g. as the extra phone).
 */
export function matchColumns(headers: string[]): Array<ImportField | null> {
  const taken = new Set<ImportField>();
  return headers.map((h) => {
    const f = BY_KEY.get(headerKey(h)) ?? null;
    if (!f || taken.has(f)) return null;
    taken.add(f);
    return f;
  });
}

/** Source words as offices write them → the lead's source; unknown words → other (and noted). */
const SOURCE_WORDS: Array<[LeadSource, string[]]> = [
  ['instagram', ['instagram', 'insta', 'inst', 'ig', 'инстаграм', 'инста']],
  ['telegram', ['telegram', 'tg', 'телеграм', 'телеграмм']],
  ['youtube', ['youtube', 'yt', 'ютуб']],
  [
    'organic',
    [
      'organic',
      'organik',
      'tavsiya',
      'tanish',
      'dostim',
      'ozi',
      'ozikeldi',
      'рекомендация',
      'сарафан',
      'знакомые',
      'сам',
      'органика',
      'referral',
      'walkin',
    ],
  ],
  ['form', ['forma', 'form', 'sayt', 'website', 'site', 'форма', 'сайт', 'googleform']],
  ['import', ['import', 'импорт']],
  ['other', ['other', 'boshqa', 'другое', 'прочее']],
];
const SOURCE_BY_KEY = new Map<string, LeadSource>(
  SOURCE_WORDS.flatMap(([s, words]) => words.map((w) => [headerKey(w), s] as const)),
);

/** The lead's source from a cell: empty → import; a known word → it; anything else → other, `known: false`. */
export function sourceFromCell(cell: string): { source: LeadSource; known: boolean } {
  const key = headerKey(cell);
  if (!key) return { source: 'import', known: true };
  const s = SOURCE_BY_KEY.get(key);
  return s ? { source: s, known: true } : { source: 'other', known: false };
}

export type PhoneProblem = 'noPhone' | 'phoneInvalid' | 'phoneMangled';

/**
 * A phone cell → E.164 or why not. Excel turns a long number typed without "+" into scientific
 * notation (`9,98901E+11`): its last digits are lost for good, so it is refused as "mangled by Excel",
 * not guessed. A number cell that kept all its digits (998901234567) is fine.
 */
export function phoneFromCell(cell: string): { phone: string } | { problem: PhoneProblem } {
  const text = cell.trim();
  if (!text) return { problem: 'noPhone' };
  if (/^\d+(?:[.,]\d+)?e\+?\d+$/i.test(text)) return { problem: 'phoneMangled' };
  const phone = normalisePhone(text);
  return phone ? { phone } : { problem: 'phoneInvalid' };
}

/** What became of a file row (SPEC §9 preview and report). */
export type RowStatus = 'valid' | 'invalid' | 'duplicateInFile' | 'duplicateInDb';

export interface RowOutcome {
  row: number;
  status: RowStatus;
  /** Why it is not imported (i18n key and its parameters). */
  problem?: { key: string; params: Record<string, string | number> };
  /** What was adjusted but kept: an unknown source or course, a bad extra phone. */
  notes: string[];
  lead?: {
    name: string;
    phone: string;
    extraPhone: string | null;
    source: LeadSource;
    courseId: number | null;
    notes: string;
  };
}

/**
 * Judges every row of a file with its column mapping (SPEC §9): a name and a valid phone are needed;
 * a phone (main or extra) seen in an earlier row is a duplicate inside the file; one already held by
 * a lead (`inDb`) is a duplicate in the database. Sources and courses map by name; unknown ones are
 * kept as "other" / empty and noted. Row by row (`rowJudge`, so a caller can go in slices and let
 * other work in between), then held phones marked (`markHeld`).
 */
export function judgeRows(
  rows: Array<{ row: number; cells: string[] }>,
  mapping: Array<ImportField | null>,
  inDb: Set<string>,
  courses: Map<string, number>,
): RowOutcome[] {
  const judge = rowJudge(mapping, courses);
  return rows.map((r) => markHeld(judge(r), inDb));
}

/**
 * Judges rows one after another, remembering the phones of the rows before (a later row with one of
 * them is a duplicate inside the file; the first keeps it). The database is not asked: see `markHeld`.
 */
export function rowJudge(
  mapping: Array<ImportField | null>,
  courses: Map<string, number>,
): (r: { row: number; cells: string[] }) => RowOutcome {
  const index = new Map(IMPORT_FIELDS.map((f) => [f, mapping.indexOf(f)]));
  const cell = (cells: string[], f: ImportField) => {
    const i = index.get(f)!;
    return i >= 0 ? (cells[i] ?? '').trim() : '';
  };
  const seen = new Map<string, number>();
  // A column of sources or courses repeats a few words thousands of times: each is looked up once.
  const sources = new Map<string, ReturnType<typeof sourceFromCell>>();
  const courseIds = new Map<string, number | null>();
  return ({ row, cells }): RowOutcome => {
    const notes: string[] = [];
    const name = cell(cells, 'name').replace(/\s+/g, ' ');
    if (!name) return { row, status: 'invalid', problem: { key: 'imports.problem.noName', params: {} }, notes };
    const main = phoneFromCell(cell(cells, 'phone'));
    if ('problem' in main)
      return {
        row,
        status: 'invalid',
        problem: { key: `imports.problem.${main.problem}`, params: { value: cell(cells, 'phone') } },
        notes,
      };
    let extraPhone: string | null = null;
    const extraText = cell(cells, 'extraPhone');
    if (extraText) {
      const extra = phoneFromCell(extraText);
      if ('phone' in extra && extra.phone !== main.phone) extraPhone = extra.phone;
      else if ('problem' in extra) notes.push('imports.note.extraPhoneDropped');
    }
    const phones = [main.phone, ...(extraPhone ? [extraPhone] : [])];
    const earlier = phones.map((p) => seen.get(p)).find((r) => r !== undefined);
    if (earlier !== undefined)
      return {
        row,
        status: 'duplicateInFile',
        problem: { key: 'imports.problem.duplicateInFile', params: { row: earlier } },
        notes,
      };
    for (const p of phones) seen.set(p, row);
    const sourceText = cell(cells, 'source');
    let from = sources.get(sourceText);
    if (!from) sources.set(sourceText, (from = sourceFromCell(sourceText)));
    const { source, known } = from;
    if (!known) notes.push('imports.note.sourceUnknown');
    const courseText = cell(cells, 'course');
    let courseId = courseIds.get(courseText);
    if (courseId === undefined)
      courseIds.set(courseText, (courseId = courseText ? (courses.get(headerKey(courseText)) ?? null) : null));
    if (courseText && courseId === null) notes.push('imports.note.courseUnknown');
    return {
      row,
      status: 'valid',
      notes,
      lead: { name, phone: main.phone, extraPhone, source, courseId, notes: cell(cells, 'notes') },
    };
  };
}

/**
 * Why a row to be written is "already in the database" after all (its phones, main first): a lead has
 * one of them, or — `importedBefore` — the same Google sheet gave one before, even if that lead's phone
 * has been edited since. Null: it is free.
 */
export function heldProblem(
  phones: string[],
  inDb: Set<string>,
  importedBefore?: Set<string>,
): RowOutcome['problem'] | null {
  const before = importedBefore && phones.some((p) => importedBefore.has(p));
  if (!before && !phones.some((p) => inDb.has(p))) return null;
  return {
    key: before ? 'imports.problem.importedBefore' : 'imports.problem.duplicateInDb',
    params: { phone: phones[0] },
  };
}

/** A valid row with `heldProblem` becomes "already in the database". */
export function markHeld(o: RowOutcome, inDb: Set<string>, importedBefore?: Set<string>): RowOutcome {
  if (o.status !== 'valid' || !o.lead) return o;
  const problem = heldProblem([o.lead.phone, ...(o.lead.extraPhone ? [o.lead.extraPhone] : [])], inDb, importedBefore);
  return problem ? { row: o.row, status: 'duplicateInDb', problem, notes: o.notes } : o;
}
