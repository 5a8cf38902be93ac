import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';

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

/**
 * Waits until an antd popup (a Select's dropdown, a Modal) has finished its opening motion: on a loaded
 * machine antd dropped a click that landed during it (the trials test once stayed with no group chosen).
 */
export async function settled(popup: Locator): Promise<void> {
  await popup.waitFor();
  await expect.poll(async () => (await popup.getAttribute('class')) ?? '').not.toMatch(/-(appear|enter)/);
}

/** Picks an option of an antd Select found inside `scope`, once its dropdown has opened. */
export async function choose(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  const item = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first();
  await item.waitFor();
  await settled(item.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select-dropdown ")]'));
  await item.click();
}
