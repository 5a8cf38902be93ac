import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../../src-main/clock';
import { createCore } from '../../src-main/core';
import { listBackups } from '../../src-main/db/backup-files';
import { silentLogger } from '../../src-main/logger';
import { launchBrowser, newPage, signIn } from '../helpers/browser';
import { startServer, type RunningServer } from '../helpers/server';

let browser: Browser | undefined;
let server: RunningServer | undefined;
const dir = mkdtempSync(join(tmpdir(), 'crm-e2e-recovery-'));
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a damaged database at start-up', () => {
  it('is not served nor overwritten; the recovery page restores the newest backup and the app comes back', async () => {
    const core = await createCore({
      dataDir: dir,
      clock: new FakeClock(Date.parse('2026-11-26T06:00:00Z')),
      log: silentLogger,
      schedulerTimers: false,
      passwordCost: 'test',
    });
    await core.dispatch(
      'auth.setup',
      { username: 'admin', password: 'Admin#2026', firstName: 'Aziza' },
      { token: null },
    );
    await core.modules.backups.create('manual');
    await core.close();
    const damaged = Buffer.alloc(64 * 1024, 'broken ');
    writeFileSync(join(dir, 'crm.sqlite'), damaged);

    server = await startServer([], {}, dir);
    const { url } = server;
    browser = await launchBrowser();
    const page = await newPage(browser, url);
    await page.getByText("Ma'lumotlar bazasi buzilgan", { exact: true }).waitFor();
    expect(readFileSync(join(dir, 'crm.sqlite')).equals(damaged)).toBe(true);
    await page.getByRole('button', { name: 'Eng yangi nusxani tiklash' }).click();

    // The page reloads onto the real app, on the restored file.
    await page.getByRole('heading', { name: 'Kirish' }).waitFor({ timeout: 20_000 });
    await signIn(page, 'admin', 'Admin#2026');
    const kept = listBackups(join(dir, 'backups')).filter((b) => b.kind === 'pre-restore');
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dir, 'backups', kept[0].name)).equals(damaged)).toBe(true);
  });
});
