// Dev aid: `npx tsx scripts/screenshot.ts URL OUT.png [hash-path]` — what a user sees, for a look.
import { launchBrowser } from '../tests/helpers/browser';

const [url, out, hash] = process.argv.slice(2);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
await page.goto(url + (hash ? `#${hash}` : ''));
await page.waitForTimeout(1500);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
