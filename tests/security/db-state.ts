import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * Every row of every table, as a cheap fingerprint, and a way back to a saved state: the corpus runs each
 * input against the same seeded centre, and a refused input must leave every row as it was.
 */
export class DbState {
  private readonly tables: string[];
  private readonly totalChanges: BetterSqlite3.Statement;
  private pristine = new Map<string, string>();

  constructor(private readonly sqlite: BetterSqlite3.Database) {
    this.tables = (
      sqlite
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND (name NOT LIKE 'sqlite_%' OR name = 'sqlite_sequence') ORDER BY name",
        )
        .pluck()
        .all() as string[]
    ).filter((t) => !t.startsWith('corpus_snap_'));
    this.totalChanges = sqlite.prepare('SELECT total_changes()').pluck();
  }

  /** Rows inserted, updated or deleted on this connection so far (rolled-back ones included). */
  changes(): number {
    return this.totalChanges.get() as number;
  }

  private rowsOf(table: string): string[] {
    return this.sqlite
      .prepare(`SELECT * FROM main."${table}"`)
      .raw()
      .all()
      .map((r) => JSON.stringify(r))
      .sort();
  }

  private hashOf(table: string): string {
    return createHash('sha1').update(this.rowsOf(table).join('\n')).digest('hex');
  }

  /** Saves the current rows (in TEMP tables on the same connection) as the state to come back to. */
  save(): void {
    for (const t of this.tables) {
      this.sqlite.exec(`DROP TABLE IF EXISTS temp."corpus_snap_${t}"`);
      this.sqlite.exec(`CREATE TEMP TABLE "corpus_snap_${t}" AS SELECT * FROM main."${t}"`);
      this.pristine.set(t, this.hashOf(t));
    }
  }

  /** Tables whose rows differ from the saved state. */
  changedTables(except: readonly string[] = []): string[] {
    return this.tables.filter((t) => !except.includes(t) && this.hashOf(t) !== this.pristine.get(t));
  }

  /** Does any stored value contain `marker`? */
  contains(marker: string): string[] {
    return this.tables.filter((t) => this.rowsOf(t).some((r) => r.includes(marker)));
  }

  /**
   * Back to the saved rows. Triggers (lead_counts) fire while the other tables are refilled, so the
   * tables that still differ are refilled once more; anything still different is a harness bug.
   */
  restore(): void {
    this.sqlite.pragma('foreign_keys = OFF');
    try {
      const refill = (tables: string[]) => {
        for (const t of tables) this.sqlite.exec(`DELETE FROM main."${t}"`);
        for (const t of tables) this.sqlite.exec(`INSERT INTO main."${t}" SELECT * FROM temp."corpus_snap_${t}"`);
      };
      this.sqlite.transaction(() => {
        refill(this.tables);
        refill(this.changedTables());
      })();
    } finally {
      this.sqlite.pragma('foreign_keys = ON');
    }
    const left = this.changedTables();
    if (left.length) throw new Error(`corpus harness: could not restore ${left.join(', ')}`);
  }
}
