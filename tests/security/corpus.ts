import type { z } from 'zod';
import { contract, type MethodName } from '../../src-shared/contract/api';
import { LESSON_DAY, STRONG, type Centre } from './centre';
import { elementOf, enumValues, fieldsOf, kindOf, minLength, numberBounds, type Kind } from './schema-walk';

/** Put into extra fields: it must never be found in the database afterwards. */
export const MARKER = 'corpus-extra-7f3a9c';
export const HUGE = 'x'.repeat(100_000);
const DAY_MS = 24 * 3600_000;
/** Leave the field out of the input. */
const MISSING = Symbol('missing');

export interface BadInput {
  /** What was done to the baseline, e.g. `dueAt = 8640000000000000`. */
  label: string;
  input: unknown;
  /** The value can never be right: the call must be refused naming this field. */
  refuseWithField?: string;
  /** A seller must get the same answer for someone else's row as for one that does not exist. */
  probe?: { field: string; row: 'unknown' | 'foreign' };
}

interface Value {
  value: unknown;
  mustRefuse?: boolean;
  probe?: 'unknown' | 'foreign';
}

type Ids = Centre['ids'];
type Hint = (ids: Ids, now: number) => unknown;

/** Valid values by field name; `MISSING` keeps an optional field out of the baseline. */
const VALID: Record<string, Hint> = {
  leadId: (i) => i.lead,
  leadIds: (i) => [i.lead],
  groupId: (i) => i.group,
  courseId: (i) => i.course,
  roomId: (i) => i.room,
  sellerId: (i) => i.seller,
  userId: (i) => i.otherSeller,
  ids: (i) => [i.followup],
  followupIds: () => MISSING,
  version: () => MISSING,
  lostReason: () => MISSING,
  username: () => 'corpus_user',
  password: () => STRONG,
  oldPassword: () => STRONG,
  newPassword: () => 'Newer#2026',
  confirmPassword: () => 'Newer#2026',
  firstName: () => 'Corpus',
  lastName: () => 'Tester',
  email: () => 'corpus@example.uz',
  phone: () => '+998 90 111 22 33',
  extraPhone: () => '+998 90 111 22 44',
  telegramUsername: () => 'corpus_tg',
  workStart: () => '09:00',
  workEnd: () => '18:00',
  workDays: () => [1, 2, 3, 4, 5],
  time: () => '15:00',
  q: () => 'Aziz',
  timeZone: () => 'Asia/Tashkent',
  hours: () => 2,
  price: () => 1000,
  capacity: () => 20,
  currentStudents: () => 0,
  lessonDuration: () => 90,
  lessonsPerWeek: () => 3,
  pageSize: () => 10,
  limit: () => 10,
  maxOverdueForAssignment: () => 5,
  reactivationDays: () => 30,
  status: () => 'contacted',
  role: () => 'seller',
  scope: () => 'lead',
  result: () => 'attended',
  note: () => 'Called',
  dueAt: (_, now) => now + DAY_MS,
  subject: () => 'Corpus subject',
  body: () => 'Corpus body',
  recipients: (i) => [i.seller],
  dateFrom: () => '2027-01-11',
  dateTo: () => '2027-01-12',
  timeFrom: () => MISSING,
  timeTo: () => MISSING,
  sheetsSpreadsheet: () => MISSING,
  sheetsRange: () => MISSING,
  sheetsServiceAccountKey: () => MISSING,
  month: () => '2026-11',
  followupCompletion: () => 0.85,
  conversion: () => 0.2,
};

/** What `id` means in each feature's methods. */
const SUBJECT: Record<string, keyof Ids> = {
  leads: 'lead',
  users: 'otherSeller',
  absences: 'absence',
  followups: 'followup',
  courses: 'otherCourse',
  rooms: 'otherRoom',
  groups: 'otherGroup',
  offers: 'offer',
  trials: 'trial',
  messages: 'message',
  leave: 'leave',
};

/** Baseline values that differ for one method. */
const METHOD_VALID: Partial<Record<MethodName, Record<string, Hint>>> = {
  'auth.login': { username: () => 'seller1' },
  'auth.setup': { username: () => 'admin2' },
  'trials.create': { leadId: (i) => i.freeLead },
  'leads.assign': { leadId: () => MISSING },
  'notifications.markRead': { ids: (i) => [i.notification] },
  'leave.reject': { reason: () => 'Corpus reason' },
  'leave.list': { status: () => MISSING },
  // A well-formed name of no backup: the corpus never really restores (the seeded centre must stay).
  'backups.restore': { name: () => 'crm-2026-01-01T00-00-00-000Z-manual.sqlite' },
  'backups.delete': { name: () => 'crm-2026-01-01T00-00-00-000Z-manual.sqlite' },
  'backups.download': { name: () => 'crm-2026-01-01T00-00-00-000Z-manual.sqlite' },
  'backups.setFolder': { folder: () => null },
};

const UNKNOWN_IDS = [999999, 2 ** 31, 2 ** 53 - 1];

/** Well-typed references to rows the caller may not use, or that do not fit: other sellers', archived, full… */
const OTHERS: Record<string, (i: Ids) => unknown[]> = {
  leadId: (i) => [i.otherLead, i.unassignedLead],
  leadIds: (i) => [[i.otherLead], [i.lead, i.otherLead, i.unassignedLead]],
  sellerId: (i) => [i.admin, i.manager, i.inactiveSeller, i.otherSeller, 'auto', 'unassigned'],
  userId: (i) => [i.admin, i.manager, i.seller, i.inactiveSeller],
  courseId: (i) => [i.archivedCourse, i.otherCourse],
  roomId: (i) => [i.otherRoom],
  groupId: (i) => [i.fullGroup, i.inactiveGroup, i.otherGroup],
  ids: (i) => [[i.otherFollowup], [i.followup, i.otherFollowup]],
};
const OTHER_SUBJECTS: Record<string, (i: Ids) => unknown[]> = {
  leads: (i) => [i.otherLead, i.unassignedLead],
  users: (i) => [i.admin, i.manager, i.seller, i.inactiveSeller],
  followups: (i) => [i.otherFollowup],
  courses: (i) => [i.course, i.archivedCourse],
  rooms: (i) => [i.room],
  groups: (i) => [i.group, i.fullGroup, i.inactiveGroup],
  trials: (i) => [i.otherTrial],
  messages: (i) => [i.otherMessage],
  leave: (i) => [i.otherLeave],
};

const DATES = [
  '2026-02-30',
  '2026-02-29',
  '2026-04-31',
  '2026-13-01',
  '2026-00-10',
  '2026-11-00',
  '9999-99-99',
  '0000-00-00',
  '9999-12-31',
  '0001-01-01',
  '1899-12-31',
  '2101-01-01',
  '2026-1-1',
  '2026-11-27T00:00:00Z',
  '2026/11/27',
  '٢٠٢٦-١١-٢٧',
];
const EPOCHS = [8.64e15, 8.64e15 + 1, -8.64e15, 0, -1, 1e14, 253402300800000, Date.UTC(2101, 0, 1), 2 ** 53 - 1, 1.5];
const TIMES = ['24:00', '23:60', '99:99', '9:00', '-1:00', '00:00', '23:59', '15:00:00'];
const STRINGS = [
  '\u0000',
  '\ud800',
  "'; DROP TABLE leads; --",
  '<script>alert(1)</script>',
  '😀'.repeat(60),
  'ў'.repeat(300),
  'a'.repeat(10_001),
];
const PHONES = [
  '+99890',
  '0'.repeat(40),
  '+1 202 555 0143',
  '8 90 123 45 67',
  '+998 90 123 45 67 ext 9',
  '+998901234567',
];
const GENERIC: unknown[] = [
  MISSING,
  null,
  true,
  0,
  -1,
  1.5,
  NaN,
  Infinity,
  -Infinity,
  1e300,
  '',
  '   ',
  'x',
  HUGE,
  {},
  [],
  [HUGE],
  { [MARKER]: MARKER },
];

/** A valid value for a field the hints do not know, from its schema. */
function sample(s: z.ZodType, now: number): unknown {
  switch (kindOf(s)) {
    case 'date':
      return LESSON_DAY;
    case 'epoch':
      return now + DAY_MS;
    case 'hhmm':
      return '15:00';
    case 'id':
      return 1;
    case 'ids':
      return [1];
    case 'number': {
      const { min, max } = numberBounds(s);
      return Math.min(Math.max(min ?? 1, 1), max ?? Infinity);
    }
    case 'string':
      return 'Corpus'.padEnd(minLength(s), '-');
    case 'boolean':
      return true;
    case 'enum':
    case 'literal':
      return enumValues(s)[0];
    case 'array': {
      const el = elementOf(s);
      return el ? [sample(el, now)] : [];
    }
    default:
      return undefined;
  }
}

const feature = (method: string) => method.split('.')[0];

/** A valid input for the method on the seeded centre (every field the hints or the schema can fill). */
export function baseline(method: MethodName, c: Centre): Record<string, unknown> {
  const now = c.t.clock.now();
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(fieldsOf(contract[method].input))) {
    const hint =
      METHOD_VALID[method]?.[key] ?? (key === 'id' ? (i: Ids) => i[SUBJECT[feature(method)]] : undefined) ?? VALID[key];
    const v = hint ? hint(c.ids, now) : sample(schema, now);
    if (v !== MISSING && v !== undefined) out[key] = v;
  }
  return out;
}

/**
 * A reference a create or update stores: an unknown one is refused with its field. (`leadId` is the
 * subject of the call, answered NOT_FOUND like `id`; filters of lists just find nothing.)
 */
const storesReference = (method: string, key: string) =>
  /\.(create|update)$/.test(method) && /.Id$/.test(key) && key !== 'leadId';

function valuesFor(method: MethodName, key: string, kind: Kind, schema: z.ZodType, base: unknown, ids: Ids): Value[] {
  const own: unknown[] = [];
  const tagged: Value[] = [];
  switch (kind) {
    case 'string':
      own.push(...STRINGS, ...(/phone/i.test(key) ? PHONES : []));
      break;
    case 'number':
      own.push(999999, 2 ** 31, 2 ** 53 - 1, 2 ** 53, -(2 ** 53), 1e-300, -0, '1');
      break;
    case 'id': {
      const subject = key === 'id' || key === 'leadId';
      for (const value of UNKNOWN_IDS)
        tagged.push({ value, mustRefuse: storesReference(method, key), probe: subject ? 'unknown' : undefined });
      const others = key === 'id' ? (OTHER_SUBJECTS[feature(method)]?.(ids) ?? []) : (OTHERS[key]?.(ids) ?? []);
      for (const value of others) tagged.push({ value, probe: subject ? 'foreign' : undefined });
      own.push('1');
      break;
    }
    case 'ids': {
      const first = Array.isArray(base) ? base[0] : 1;
      own.push(
        [999999],
        Array(10_000).fill(first),
        Array.from({ length: 10_000 }, (_, n) => n + 1),
        [first, first],
        [first, null],
        [first, NaN],
        [first, 999999],
        ...(OTHERS[key]?.(ids) ?? []),
      );
      break;
    }
    case 'array':
      own.push(Array(10_000).fill(1), [1, 1, 1], [0], [8], [1.5], [NaN], [Infinity], ['1']);
      break;
    case 'date':
      tagged.push(...DATES.map((value) => ({ value, mustRefuse: true })));
      break;
    case 'epoch':
      tagged.push(...EPOCHS.map((value) => ({ value, mustRefuse: true })));
      break;
    case 'hhmm':
      own.push(...TIMES);
      break;
    case 'boolean':
      own.push('true', 1, 'false');
      break;
    case 'enum':
    case 'literal': {
      const values = enumValues(schema);
      own.push('nope', String(values[0]).toUpperCase(), ...values.filter((v) => v !== base));
      break;
    }
  }
  return [...GENERIC, ...own].map((value) => ({ value })).concat(tagged);
}

const describe = (v: unknown): string => {
  if (v === MISSING) return 'missing';
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'string') return v.length > 40 ? `"${v.slice(0, 12)}…" (${v.length} chars)` : JSON.stringify(v);
  if (Array.isArray(v))
    return v.length > 4 ? `[${describe(v[0])}, …] (${v.length} items)` : `[${v.map(describe).join(', ')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v).slice(0, 3).join(', ')}${Object.keys(v).length > 3 ? ', …' : ''}}`;
  return String(v);
};

/** Readable form of an input for a failure message (long strings and arrays cut). */
export const preview = (v: unknown): string =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? `{ ${Object.entries(v)
        .map(([k, x]) => `${k}: ${describe(x)}`)
        .join(', ')} }`
    : describe(v);

/**
 * The bad inputs of one method, from its input schema: each field wrong-typed, missing, null, huge,
 * NaN/Infinity/1e300, impossible dates and instants, unknown or someone else's ids, 10 000-item arrays;
 * then the whole input replaced, or carrying extra and prototype-polluting fields.
 */
export function badInputs(method: MethodName, c: Centre): BadInput[] {
  const base = baseline(method, c);
  const out: BadInput[] = [{ label: 'baseline', input: base }];
  for (const [key, schema] of Object.entries(fieldsOf(contract[method].input))) {
    const kind = kindOf(schema);
    for (const { value, mustRefuse, probe } of valuesFor(method, key, kind, schema, base[key], c.ids)) {
      const input = { ...base };
      if (value === MISSING) delete input[key];
      else input[key] = value;
      out.push({
        label: `${key} = ${describe(value)}`,
        input,
        ...(mustRefuse && { refuseWithField: key }),
        ...(probe && { probe: { field: key, row: probe } }),
      });
    }
  }
  const manyKeys = { ...base, ...Object.fromEntries(Array.from({ length: 10_000 }, (_, n) => [`k${n}`, MARKER])) };
  out.push(
    { label: 'input undefined', input: undefined },
    { label: 'input null', input: null },
    { label: 'input 0', input: 0 },
    { label: 'input "x"', input: 'x' },
    { label: 'input huge string', input: HUGE },
    { label: 'input []', input: [] },
    { label: 'input [baseline]', input: [base] },
    { label: 'extra fields', input: { ...base, corpusExtra: MARKER, [MARKER]: MARKER } },
    { label: '10 000 extra fields', input: manyKeys },
    {
      label: '__proto__ field',
      input: Object.assign(JSON.parse(`{"__proto__": {"corpusPolluted": "${MARKER}"}}`) as object, base),
    },
    { label: 'constructor field', input: { ...base, constructor: { prototype: { corpusPolluted: MARKER } } } },
  );
  return out;
}
