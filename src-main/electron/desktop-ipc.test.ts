import { describe, expect, it, vi } from 'vitest';
import { isAppError } from '../../src-shared/contract/errors';
import { DEFAULT_CONFIG, type DesktopConfig } from './config';
import { createDesktopHandler, lanAddresses, testPrimary, type DesktopDeps } from './desktop-ipc';
import { desktopDispatch } from './desktop-dispatch';
import { announcePrimary, discoverPrimaries, urlOfService } from './discovery';
import { loadDesktopConfig, saveDesktopConfig } from './store';

// electron-store needs Electron's app paths: a Map stands in for the desktop.json file.
const stored = vi.hoisted(() => new Map<string, unknown>());
vi.mock('electron-store', () => ({
  default: class {
    constructor(o: { defaults: Record<string, unknown> }) {
      for (const [k, v] of Object.entries(o.defaults)) if (!stored.has(k)) stored.set(k, v);
    }
    get store() {
      return Object.fromEntries(stored);
    }
    set(values: Record<string, unknown>) {
      for (const [k, v] of Object.entries(values)) stored.set(k, v);
    }
  },
}));

// The "Ulanish" screen's main-process side, with Electron and the OS passed in (no electron binary here).
const lan = {
  lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
  eth0: [
    { address: '192.168.1.10', family: 'IPv4', internal: false },
    { address: 'fe80::1', family: 'IPv6', internal: false },
  ],
  wlan0: [{ address: '10.0.0.7', family: 'IPv4', internal: false }],
} as unknown as ReturnType<DesktopDeps['interfaces']>;

const health = (status: number, body: unknown) =>
  vi.fn(async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

function deps(config: Partial<DesktopConfig> = {}, over: Partial<DesktopDeps> = {}): DesktopDeps {
  return {
    config: { ...DEFAULT_CONFIG, ...config },
    version: '0.1.0',
    save: vi.fn(),
    relaunch: vi.fn(),
    interfaces: () => lan,
    discover: vi.fn(async () => [{ name: "O'quv markaz CRM (office)", url: 'http://192.168.1.10:8787' }]),
    fetch: health(200, { ok: true, version: '0.1.0' }),
    ...over,
  };
}

describe('connection settings (electron main, mocked)', () => {
  it('tells the mode, the port and this PC’s LAN addresses for the other PCs', async () => {
    const handle = createDesktopHandler(deps({ mode: 'primary', port: 8800 }));
    expect(await handle('desktop.connection', {})).toEqual({
      mode: 'primary',
      port: 8800,
      primaryUrl: '',
      addresses: ['http://192.168.1.10:8800', 'http://10.0.0.7:8800'],
      version: '0.1.0',
    });
    expect(lanAddresses({}, 8787)).toEqual([]);
  });

  it('saves a client setting and restarts the app in it', async () => {
    vi.useFakeTimers();
    const d = deps();
    const handle = createDesktopHandler(d);
    expect(
      await handle('desktop.setConnection', { mode: 'client', port: 8787, primaryUrl: '192.168.1.10:8787' }),
    ).toEqual({ ok: true });
    expect(d.save).toHaveBeenCalledWith({ mode: 'client', port: 8787, primaryUrl: 'http://192.168.1.10:8787' });
    expect(d.relaunch).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(d.relaunch).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it.each([
    [{ mode: 'client', port: 8787, primaryUrl: '' }, 'primaryUrl'],
    [{ mode: 'client', port: 8787, primaryUrl: 'http://evil/../x' }, 'primaryUrl'],
    [{ mode: 'primary', port: 80, primaryUrl: '' }, 'port'],
    [{ mode: 'server', port: 8787, primaryUrl: '' }, 'mode'],
  ])('refuses %j naming %s, and saves nothing', async (input, field) => {
    const d = deps();
    const err = await createDesktopHandler(d)('desktop.setConnection', input).catch((e: unknown) => e);
    expect(isAppError(err) && err.code).toBe('VALIDATION');
    expect(isAppError(err) && err.details.fields?.map((f) => f.path)).toContain(field);
    expect(d.save).not.toHaveBeenCalled();
  });

  it('"Ulanishni tekshirish": the primary’s version, or why it cannot be reached', async () => {
    expect(await testPrimary(health(200, { ok: true, version: '0.1.0' }), '192.168.1.10:8787')).toEqual({
      ok: true,
      version: '0.1.0',
      reason: null,
    });
    expect(await testPrimary(health(503, { ok: false, recovery: true }), '192.168.1.10')).toMatchObject({
      ok: false,
      reason: 'HTTP 503',
    });
    const refused = vi.fn(async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    }) as unknown as typeof fetch;
    expect(await testPrimary(refused, '192.168.1.99:8787')).toEqual({
      ok: false,
      version: null,
      reason: 'ECONNREFUSED',
    });
  });

  it('desktop.ping: a client asks its primary; standalone and primary are always online', async () => {
    const down = vi.fn(async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    expect(await createDesktopHandler(deps({ mode: 'standalone' }, { fetch: down }))('desktop.ping', {})).toEqual({
      online: true,
    });
    const client = { mode: 'client' as const, primaryUrl: 'http://192.168.1.10:8787' };
    expect(await createDesktopHandler(deps(client, { fetch: down }))('desktop.ping', {})).toEqual({ online: false });
    expect(await createDesktopHandler(deps(client))('desktop.ping', {})).toEqual({ online: true });
  });

  it('lists the primaries mDNS found; other methods are not its business', async () => {
    const handle = createDesktopHandler(deps());
    expect(await handle('desktop.discover', {})).toEqual({
      found: [{ name: "O'quv markaz CRM (office)", url: 'http://192.168.1.10:8787' }],
    });
    expect(await handle('leads.list', {})).toBeNull();
  });
});

describe('the IPC channel', () => {
  it('answers desktop.* locally and the rest from the core; a backup download is a save dialog and a copy', async () => {
    const core = vi.fn(async (method: string) =>
      method === 'backups.download' ? { fileName: 'crm-x.sqlite' } : 'core',
    );
    const copy = vi.fn(async () => {});
    const dispatch = desktopDispatch(core, {
      desktop: async () => 'desktop',
      backupFile: (name) => `/data/backups/${name}`,
      askWhereToSave: async (name) => `/home/admin/${name}`,
      copy,
    });
    expect(await dispatch('desktop.connection', {}, { token: null })).toBe('desktop');
    expect(await dispatch('leads.list', {}, { token: null })).toBe('core');
    expect(await dispatch('backups.download', { name: 'crm-x.sqlite' }, { token: null })).toEqual({
      fileName: 'crm-x.sqlite',
    });
    expect(copy).toHaveBeenCalledWith('/data/backups/crm-x.sqlite', '/home/admin/crm-x.sqlite');
    expect(core).not.toHaveBeenCalledWith('desktop.connection', expect.anything(), expect.anything());
  });
});

describe('a client desktop', () => {
  it('downloads a backup from its primary with the window’s token, streamed to the chosen file', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const to = join(mkdtempSync(join(tmpdir(), 'crm-dl-')), 'copy.sqlite');
    const primary = vi.fn(
      async () => new Response('SQLite format 3\u0000…', { status: 200 }),
    ) as unknown as typeof fetch;
    const remote = vi.fn(async () => 'remote');
    const dispatch = desktopDispatch(remote, {
      desktop: async () => null,
      askWhereToSave: async () => to,
      primaryUrl: 'http://192.168.1.10:8787',
      fetch: primary,
    });
    await dispatch('backups.download', { name: 'crm-x.sqlite' }, { token: 'tok' });
    expect(primary).toHaveBeenCalledWith(
      'http://192.168.1.10:8787/api/rpc/backups.download',
      expect.objectContaining({ headers: expect.objectContaining({ authorization: 'Bearer tok' }) }),
    );
    expect(readFileSync(to, 'utf8')).toMatch(/^SQLite format 3/);
    expect(remote).not.toHaveBeenCalled();
  });
});

describe('mDNS discovery (bonjour-service, mocked)', () => {
  it('announces the primary with its port and finds the others by IPv4', async () => {
    vi.useFakeTimers();
    const publish = vi.fn();
    const unpublishAll = vi.fn((cb: () => void) => cb());
    const destroy = vi.fn();
    const stop = vi.fn();
    const fake = () =>
      ({
        publish,
        unpublishAll,
        destroy,
        find: (_: unknown, onUp: (s: unknown) => void) => {
          onUp({ name: 'Ofis', addresses: ['fe80::2', '192.168.1.10'], port: 8787, host: 'ofis.local' });
          onUp({ name: 'Ofis', addresses: ['192.168.1.10'], port: 8787, host: 'ofis.local' });
          return { stop };
        },
      }) as never;
    const unannounce = announcePrimary(8787, fake);
    expect(publish).toHaveBeenCalledWith(expect.objectContaining({ type: 'oquv-crm', port: 8787 }));
    unannounce();
    expect(destroy).toHaveBeenCalled();

    const found = discoverPrimaries(1500, fake);
    vi.advanceTimersByTime(1500);
    expect(await found).toEqual([{ name: 'Ofis', url: 'http://192.168.1.10:8787' }]);
    expect(stop).toHaveBeenCalled();
    expect(urlOfService({ addresses: [], host: 'pc.local', port: 9000 } as never)).toBe('http://pc.local:9000');
    vi.useRealTimers();
  });
});

describe('desktop.json (electron-store, mocked)', () => {
  it('keeps what the screen saved for the next start; a broken value falls back to standalone', () => {
    saveDesktopConfig({ mode: 'client', port: 8787, primaryUrl: '192.168.1.10:8787' });
    expect(loadDesktopConfig([])).toEqual({ mode: 'client', port: 8787, primaryUrl: 'http://192.168.1.10:8787' });
    expect(loadDesktopConfig(['--mode=primary', '--port=9000'])).toMatchObject({ mode: 'primary', port: 9000 });
    stored.set('mode', 'nonsense');
    expect(loadDesktopConfig([]).mode).toBe('standalone');
  });
});
