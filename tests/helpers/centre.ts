import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { startServer, type RunningServer } from './server';

export const ADMIN_PASSWORD = 'Admin#2026';
export const SELLER_PASSWORD = 'Sotuv#2026';

export async function tokenOf(server: RunningServer, username: string, password = SELLER_PASSWORD): Promise<string> {
  const res = await server.rpc<{ token: string }>('auth.login', { username, password });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  return res.body.token;
}

/**
 * For a browser test file: a real `serve --fake-clock` set up with an admin ("admin"), the clock on
 * Thursday 26 Nov 2026 10:00 in Tashkent, and a Chromium — started before the file's tests, stopped after.
 */
export function useCentre(env: () => Record<string, string> = () => ({})) {
  const c = {} as { server: RunningServer; browser: Browser; admin: string };
  beforeAll(async () => {
    c.server = await startServer([], env());
    await c.server.setClock('2026-11-26T05:00:00Z');
    await c.server.rpc('auth.setup', { username: 'admin', password: ADMIN_PASSWORD, firstName: 'Aziza' });
    c.admin = await tokenOf(c.server, 'admin', ADMIN_PASSWORD);
    c.browser = await launchBrowser();
  });
  afterAll(async () => {
    await c.browser?.close();
    await c.server?.stop();
  });
  return c;
}
