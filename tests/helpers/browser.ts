import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

/** A page in a fresh context (no saved language): an Uzbek browser at 1366 px unless told otherwise. */
export async function newPage(
  browser: Browser,
  baseUrl: string,
  { locale = 'uz-UZ', width = 1366 }: { locale?: string; width?: number } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 800 },
    locale,
    timezoneId: 'Asia/Tashkent',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(baseUrl);
  return page;
}

/** Signs in through the login page and waits for the dashboard. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Foydalanuvchi nomi').fill(username);
  await page.getByLabel('Parol', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Kirish' }).click();
  await page.getByTestId('main-menu').waitFor();
}

/** Picks an option of an antd Select found inside `scope`. */
export async function choose(page: Page, select: ReturnType<Page['locator']>, option: string): Promise<void> {
  await select.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}
