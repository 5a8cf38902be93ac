import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../src-shared/contract/events';
import { connect } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { EventBus } from '../events';
import { runWithCall } from '../rpc/call-origin';
import { Changes, write } from './changes';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

async function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'crm-changes-'));
  dirs.push(dir);
  const conn = connect(join(dir, 'crm.sqlite'));
  await migrateToLatest(conn, join(dir, 'backups'), 0);
  const events = new EventBus();
  const seen: AppEvent[] = [];
  events.subscribe((e) => seen.push(e));
  return { ctx: { db: conn.db, events }, seen, close: () => conn.db.destroy() };
}

describe('Changes', () => {
  it('gathers any number of rows into one event per kind, ids once each', () => {
    const c = new Changes().leads(1, 2).leads(2, 3).followupsOf(2).dashboard().dashboard().notified(7, 7);
    expect(c.events()).toEqual([
      { type: 'lead.changed', ids: [1, 2, 3] },
      { type: 'followup.changed', leadIds: [2] },
      { type: 'notification.changed', userIds: [7] },
      { type: 'dashboard.changed' },
    ]);
    expect(new Changes().events()).toEqual([]);
  });
});

describe('write', () => {
  it('tells what changed only after the commit, marked with the calling window', async () => {
    const { ctx, seen, close } = await setup();
    let seenInside = -1;
    await runWithCall({ origin: 'w-1' }, () =>
      write(ctx, async (trx, changes) => {
        await trx.insertInto('settings').values({ key: 'x', value: '1' }).execute();
        changes.users(5).dashboard();
        seenInside = seen.length;
      }),
    );
    expect(seenInside).toBe(0);
    expect(seen).toEqual([
      { type: 'user.changed', ids: [5], origin: 'w-1' },
      { type: 'dashboard.changed', origin: 'w-1' },
    ]);
    await close();
  });

  it('a write that rolls back tells nobody anything and leaves no row', async () => {
    const { ctx, seen, close } = await setup();
    await expect(
      write(ctx, async (trx, changes) => {
        await trx.insertInto('settings').values({ key: 'y', value: '1' }).execute();
        changes.leads(1).dashboard();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(seen).toEqual([]);
    expect(await ctx.db.selectFrom('settings').selectAll().where('key', '=', 'y').execute()).toEqual([]);
    await close();
  });
});
