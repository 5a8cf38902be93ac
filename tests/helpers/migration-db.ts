import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Migration } from 'kysely';
import { afterEach, beforeEach } from 'vitest';
import { migrations } from '../../migrations/index';
import { connect, type Connection } from '../../src-main/db/connect';

/** The migrations up to and including `last`, in their listed order. */
export const upTo = (last: string): Record<string, Migration> => {
  const names = Object.keys(migrations);
  return Object.fromEntries(names.slice(0, names.indexOf(last) + 1).map((n) => [n, migrations[n]]));
};

/**
 * For a migration test file: a fresh SQLite file per test, and readers of its schema and rows to
 * assert what a migration made and what it kept.
 */
export function useMigrationDb() {
  let dir = '';
  let conn: Connection | null = null;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'crm-mig-'));
    conn = connect(join(dir, 'crm.sqlite'));
  });
  afterEach(async () => {
    await conn?.db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });
  const sqlite = () => m.conn.sqlite;

  const m = {
    get conn(): Connection {
      if (!conn) throw new Error('useMigrationDb: no database outside a test');
      return conn;
    },
    get dir() {
      return dir;
    },
    get backups() {
      return join(dir, 'backups');
    },
    /** Runs one statement on the file (a row a migration must keep, a trigger to exercise). */
    run: (sql: string, ...args: unknown[]) =>
      sqlite()
        .prepare(sql)
        .run(...args),
    tables: () =>
      (
        sqlite()
          .prepare(
            `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'kysely_%' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
          )
          .all() as { name: string }[]
      ).map((r) => r.name),
    /** name, declared type, NOT NULL and default of every column, in order. */
    columns: (table: string) =>
      (
        sqlite().pragma(`table_info(${table})`) as {
          name: string;
          type: string;
          notnull: number;
          dflt_value: string | null;
          pk: number;
        }[]
      ).map(
        (c) =>
          `${c.name} ${c.type.toLowerCase()}${c.pk ? ' pk' : ''}${c.notnull ? ' notnull' : ''}${c.dflt_value !== null ? ` default ${c.dflt_value}` : ''}`,
      ),
    /** "columns [unique]" per index; SQLite names the index behind a UNIQUE column sqlite_autoindex_<table>_N. */
    indexes: (table: string) =>
      Object.fromEntries(
        (sqlite().pragma(`index_list(${table})`) as { name: string; unique: number }[]).map((i) => [
          i.name,
          `${(sqlite().pragma(`index_info(${i.name})`) as { name: string }[]).map((c) => c.name).join(',')}${i.unique ? ' unique' : ''}`,
        ]),
      ),
    foreignKeys: (table: string) =>
      (
        sqlite().pragma(`foreign_key_list(${table})`) as {
          from: string;
          table: string;
          to: string;
          on_delete: string;
        }[]
      )
        .map((f) => `${f.from} -> ${f.table}.${f.to} on delete ${f.on_delete}`)
        .sort(),
    /** How SQLite will run a query (EXPLAIN QUERY PLAN), to assert an index is used. */
    plan: (query: string) =>
      (sqlite().prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[]).map((r) => r.detail).join(' | '),
    /** Every row of every table (some are WITHOUT ROWID, so sorted as text), to prove an upgrade changed nothing. */
    snapshot: (names: string[]) =>
      Object.fromEntries(
        names.map((t) => [
          t,
          sqlite()
            .prepare(`SELECT * FROM ${t}`)
            .all()
            .map((r) => JSON.stringify(r))
            .sort(),
        ]),
      ),
  };
  return m;
}
