import { beforeEach, describe, expect, it, vi } from 'vitest';

// The real electron package cannot run under Node (no binary here): mock the parts we touch.
const exposed: Record<string, unknown> = {};
const handlers = new Map<string, (...a: unknown[]) => void>();
const electronMock = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
  shell: { openExternal: vi.fn(async () => {}) },
  BrowserWindow: vi.fn(),
}));
vi.mock('electron', () => electronMock);

beforeEach(() => {
  vi.clearAllMocks();
  handlers.clear();
  electronMock.contextBridge.exposeInMainWorld.mockImplementation((key: string, api: unknown) => {
    exposed[key] = api;
  });
});

describe('preload', () => {
  it('exposes exactly rpc.call and events.on, over the two channels', async () => {
    vi.resetModules();
    await import('./preload');
    expect(electronMock.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const api = exposed.crm as { rpc: Record<string, unknown>; events: Record<string, unknown> };
    expect(Object.keys(api)).toEqual(['rpc', 'events']);
    expect(Object.keys(api.rpc)).toEqual(['call']);
    expect(Object.keys(api.events)).toEqual(['on']);

    await (api.rpc.call as (m: string, i: unknown) => Promise<unknown>)('auth.me', {});
    expect(electronMock.ipcRenderer.invoke).toHaveBeenCalledWith('crm:rpc', 'auth.me', {});

    const listener = vi.fn();
    const off = (api.events.on as (l: (e: unknown) => void) => () => void)(listener);
    const [channel, wrapped] = electronMock.ipcRenderer.on.mock.calls[0] as [string, (ev: unknown, e: unknown) => void];
    expect(channel).toBe('crm:event');
    wrapped({ senderFrame: 'hidden' }, { type: 'user.changed', ids: [1] });
    expect(listener).toHaveBeenCalledWith({ type: 'user.changed', ids: [1] }); // the IPC event object is not passed on
    off();
    expect(electronMock.ipcRenderer.removeListener).toHaveBeenCalledWith('crm:event', wrapped);
  });
});

describe('window security', () => {
  it('uses isolated, sandboxed web preferences without node', async () => {
    const { secureWebPreferences } = await import('./window');
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('denies navigation away and new windows; opens only http(s)/tel/tg links outside', async () => {
    const { hardenContents, isAllowedExternal } = await import('./window');
    expect(
      ['https://t.me/crm_bot', 'http://x.uz', 'tel:+998901234567', 'tg://resolve?domain=a'].every(isAllowedExternal),
    ).toBe(true);
    expect(['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'not a url'].some(isAllowedExternal)).toBe(
      false,
    );

    const on = new Map<string, (...a: unknown[]) => void>();
    let openHandler: ((d: { url: string }) => { action: string }) | null = null;
    const contents = {
      on: (name: string, fn: (...a: unknown[]) => void) => on.set(name, fn),
      setWindowOpenHandler: (fn: (d: { url: string }) => { action: string }) => (openHandler = fn),
    };
    const appUrl = 'file:///app/dist-renderer/index.html';
    hardenContents(contents as never, (u) => u.split('#')[0] === appUrl);

    const nav = (url: string) => {
      const event = { preventDefault: vi.fn() };
      on.get('will-navigate')!(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(nav(`${appUrl}#/leads`)).toBe(false);
    expect(nav('https://evil.example')).toBe(true);
    expect(electronMock.shell.openExternal).toHaveBeenCalledWith('https://evil.example');
    expect(nav('file:///etc/passwd')).toBe(true);
    expect(electronMock.shell.openExternal).toHaveBeenCalledTimes(1);

    expect(openHandler!({ url: 'https://t.me/crm_bot' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'file:///x' })).toEqual({ action: 'deny' });
    expect(electronMock.shell.openExternal).toHaveBeenCalledTimes(2);
  });
});

describe('permissions and app-wide guards', () => {
  it('refuses every permission request and check', async () => {
    const { denyPermissions } = await import('./window');
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null;
    let check: (() => boolean) | null = null;
    denyPermissions({
      setPermissionRequestHandler: (fn: never) => (request = fn),
      setPermissionCheckHandler: (fn: never) => (check = fn),
    } as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const answer = vi.fn();
      request!({}, permission, answer);
      expect(answer).toHaveBeenCalledWith(false);
    }
    expect(check!()).toBe(false);
  });

  it('guards a web contents once however often it is handed over', async () => {
    const { hardenContents } = await import('./window');
    const on = vi.fn();
    const contents = { on, setWindowOpenHandler: vi.fn() };
    hardenContents(contents as never, () => true);
    hardenContents(contents as never, () => true);
    expect(on.mock.calls.filter(([name]) => name === 'will-navigate')).toHaveLength(1);
  });
});
