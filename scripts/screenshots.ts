// Dev aid: `npx tsx scripts/screenshots.ts OUT_DIR [lang]` starts a fresh `serve --fake-clock`, seeds a
// small team, and saves a screenshot of each page as admin and as seller — to look at what users see.
// PAGES / SELLER_PAGES choose the pages (comma-separated paths), WIDTH the viewport width (default 1366).
// IMPORT_FILE=path also drops that file on "Excel Import" as each user (its preview is saved), and
// IMPORT_COMMIT=1 then imports it as the admin (the result is saved).
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/helpers/browser';
import { startServer } from '../tests/helpers/server';

const [out = '/tmp/shots', lang = 'uz'] = process.argv.slice(2);
const width = Number(process.env.WIDTH ?? 1366);
mkdirSync(out, { recursive: true });
execSync('node scripts/build-renderer-if-stale.mjs', { stdio: 'inherit' });
const server = await startServer();
await server.setClock('2026-11-26T06:00:00Z');
await server.rpc('auth.setup', { username: 'admin', password: 'Admin#2026', firstName: 'Aziza', lastName: 'Karimova' });
const {
  body: { token },
} = await server.rpc<{ token: string }>('auth.login', { username: 'admin', password: 'Admin#2026' });
const seed = (await import('./seed-demo')).seedDemo;
await seed((m, i) => server.rpc(m, i, token).then((r) => r.body));

const browser = await launchBrowser();
async function tour(username: string, password: string, pages: string[]) {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(server.url);
  await page.evaluate((l) => localStorage.setItem('crm.lang', l), lang);
  await page.reload();
  await page.getByRole('textbox').first().fill(username);
  await page.locator('input[type=password]').fill(password);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(800);
  for (const path of pages) {
    await page.goto(`${server.url}/#${path}`);
    await page.waitForTimeout(900);
    await page.screenshot({ path: join(out, `${username}${path.replace(/[/?=&]/g, '_')}.png`), fullPage: true });
  }
  const importFile = process.env.IMPORT_FILE;
  if (importFile) {
    await page.goto(`${server.url}/#/leads/import`);
    await page.getByTestId('import-drop').locator('input[type=file]').setInputFiles(importFile);
    await page.locator('[data-testid=import-counts], [data-testid=import-error]').first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(out, `${username}_import_preview.png`), fullPage: true });
    if (process.env.IMPORT_COMMIT && username === 'admin' && (await page.getByTestId('import-commit').isEnabled())) {
      await page.getByTestId('import-commit').click();
      await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
      await page.screenshot({ path: join(out, `${username}_import_result.png`), fullPage: true });
    }
  }
  await page.close();
}
await tour(
  'admin',
  'Admin#2026',
  (
    process.env.PAGES ??
    '/dashboard,/users/sellers,/users/managers,/settings,/leads,/messages/inbox,/messages/new,/messages/sent,/leave/pending'
  ).split(','),
);
await tour(
  'dilnoza',
  'Sotuv#2026',
  (process.env.SELLER_PAGES ?? '/dashboard,/settings,/messages/inbox,/leave/request,/leave/mine').split(','),
);
await browser.close();
await server.stop();
console.log(`screenshots in ${out}`);
