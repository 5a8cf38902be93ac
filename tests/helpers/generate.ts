import type BetterSqlite3 from 'better-sqlite3';
import { LEAD_SOURCES, LEAD_STATUSES } from '../../src-shared/domain/lead-status';
import { nameTokens } from '../../src-shared/domain/name-search';
import { reversedDigits } from '../../src-shared/domain/phone';

const FIRST_LATIN = [
  'Aziz',
  'Dilnoza',
  'Jasur',
  'Malika',
  'Shohruh',
  'Gulnora',
  'Bekzod',
  'Nilufar',
  'Sardor',
  'Madina',
  "O'g'iloy",
  'Javohir',
  'Zarina',
  'Otabek',
  'Kamola',
  'Doston',
  'Feruza',
  'Sherzod',
  'Mohira',
  "Ulug'bek",
];
const LAST_LATIN = [
  'Karimov',
  'Yusupova',
  'Rahimov',
  'Ergasheva',
  'Qodirov',
  'Toshmatov',
  'Abdullayeva',
  'Sobirov',
  'Nazarova',
  'Ismoilov',
  'Xolmatov',
  'Aliyeva',
];
const FIRST_CYR = [
  'Азиз',
  'Дилноза',
  'Жасур',
  'Малика',
  'Шоҳруҳ',
  'Гулнора',
  'Бекзод',
  'Нилуфар',
  'Сардор',
  'Мадина',
  'Ўғилой',
  'Жавоҳир',
];
const LAST_CYR = ['Каримов', 'Юсупова', 'Раҳимов', 'Эргашева', 'Қодиров', 'Тошматов', 'Абдуллаева', 'Собиров'];

/** Small deterministic PRNG so every bench run builds the same database. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface GenerateOptions {
  leads: number;
  sellerIds: number[];
  createdBy: number;
  courseIds: number[];
  now: number;
}

/**
 * A realistic big database straight through SQLite (batched in transactions): leads over a year,
 * Uzbek names in Latin and Cyrillic, phones, search words, history, and follow-ups — mostly closed,
 * some pending today and some overdue, as an office that has run for a year would have.
 */
export function generateLeads(
  sqlite: BetterSqlite3.Database,
  o: GenerateOptions,
): { leads: number; followups: number; activities: number } {
  const rand = rng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const insLead =
    sqlite.prepare(`INSERT INTO leads (name, phone, phone_rev, source, course_id, notes, status, seller_id, created_by, created_at, assigned_at, status_changed_at, updated_at)
    VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?)`);
  const insPhone = sqlite.prepare('INSERT INTO lead_phones (phone, lead_id) VALUES (?, ?)');
  const insToken = sqlite.prepare(
    'INSERT OR IGNORE INTO lead_search (token, created_at, lead_id, seller_id) VALUES (?, ?, ?, ?)',
  );
  const insAct = sqlite.prepare('INSERT INTO activities (lead_id, user_id, at, type, data) VALUES (?, ?, ?, ?, ?)');
  const insFu =
    sqlite.prepare(`INSERT INTO followups (lead_id, seller_id, due_at, kind, state, created_at, closed_at, closed_by, close_kind)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const YEAR = 365 * 24 * 3600_000;
  let followups = 0;
  let activities = 0;
  const batch = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const cyr = rand() < 0.3;
      const name = `${pick(cyr ? FIRST_CYR : FIRST_LATIN)} ${pick(cyr ? LAST_CYR : LAST_LATIN)}`;
      const phone = `+99890${String(1_000_000 + i).padStart(7, '0')}`;
      const created = o.now - Math.floor(rand() * YEAR);
      const seller = rand() < 0.01 ? null : pick(o.sellerIds);
      const status = pick(LEAD_STATUSES);
      const { lastInsertRowid } = insLead.run(
        name,
        phone,
        reversedDigits(phone),
        pick(LEAD_SOURCES),
        rand() < 0.8 ? pick(o.courseIds) : null,
        status,
        seller,
        o.createdBy,
        created,
        seller ? created : null,
        created + 3600_000,
        created + 3600_000,
      );
      const id = Number(lastInsertRowid);
      insPhone.run(phone, id);
      for (const token of nameTokens(name)) insToken.run(token, created, id, seller);
      insAct.run(id, o.createdBy, created, 'created', '{}');
      insAct.run(id, seller, created + 3600_000, 'status', JSON.stringify({ from: 'new', to: status }));
      activities += 2;
      if (!seller) continue;
      insFu.run(id, seller, created + 300_000, 'new_lead', 'done', created, created + 600_000, seller, 'done');
      insFu.run(
        id,
        seller,
        created + 86_400_000,
        'auto',
        'cancelled',
        created,
        created + 3600_000,
        seller,
        'status_changed',
      );
      followups += 2;
      if (status !== 'new') {
        insFu.run(
          id,
          seller,
          created + 2 * 86_400_000,
          'auto',
          'done',
          created,
          created + 2 * 86_400_000,
          seller,
          'done',
        );
        followups += 1;
      }
      // Open leads of the last two months keep one pending call: most ahead or later today, some
      // overdue by hours, a few by days — an office with a real backlog, not a broken one.
      if (status !== 'enrolled' && status !== 'lost' && o.now - created < 60 * 86_400_000) {
        const r = rand();
        const due =
          r < 0.85
            ? o.now + Math.floor(rand() * 7 * 86_400_000)
            : r < 0.95
              ? o.now - Math.floor(rand() * 3600_000 * 6)
              : o.now - Math.floor(rand() * 30 * 86_400_000);
        insFu.run(id, seller, due, 'auto', 'pending', created, null, null, null);
        followups += 1;
      }
    }
  });
  for (let from = 0; from < o.leads; from += 10_000) batch(from, Math.min(o.leads, from + 10_000));
  // A database the scheduler has been running on: calls already due were told when they fell due.
  sqlite.prepare(`UPDATE followups SET due_notified_at = due_at WHERE state = 'pending' AND due_at <= ?`).run(o.now);
  sqlite
    .prepare(
      `UPDATE followups SET overdue_notified_at = due_at + 3600000 WHERE state = 'pending' AND due_at + 3600000 <= ?`,
    )
    .run(o.now);
  sqlite.pragma('optimize');
  sqlite.exec('ANALYZE');
  return { leads: o.leads, followups, activities };
}
