import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../src-shared/contract/errors';
import { RPC_CHANNEL } from '../../src-shared/contract/ipc';
import { registerIpc, type IpcEventLike } from './ipc';

function setup() {
  let handler: ((e: IpcEventLike, ...a: unknown[]) => Promise<unknown>) | null = null;
  const ipcMain = {
    handle: (channel: string, fn: typeof handler) => {
      expect(channel).toBe(RPC_CHANNEL);
      handler = fn;
    },
  };
  const dispatch = vi.fn(async (method: string, _input: unknown, meta: { token: string | null }) => {
    if (method === 'auth.login') return { token: 'secret-token', expiresAt: 1, user: { id: 1 } };
    if (method === 'auth.me') {
      if (meta.token !== 'secret-token') throw new AppError('UNAUTHENTICATED', 'error.unauthenticated');
      return { id: 1 };
    }
    return { ok: true };
  });
  const appUrl = 'file:///app/index.html';
  const ipc = registerIpc(ipcMain, dispatch, (u) => u.split('#')[0] === appUrl);
  const call = (method: string, url = `${appUrl}#/dashboard`, sender = 1) =>
    handler!({ sender: { id: sender }, senderFrame: { url } }, method, {});
  return { call, dispatch, ipc };
}

describe('IPC transport', () => {
  it('keeps the session token in main, per window', async () => {
    const { call, ipc } = setup();
    expect(await call('auth.login')).toEqual({ ok: true, result: { token: 'ipc', expiresAt: 1, user: { id: 1 } } });
    expect(ipc.tokenOf(1)).toBe('secret-token');
    expect(await call('auth.me')).toEqual({ ok: true, result: { id: 1 } });
    expect(await call('auth.me', undefined, 2)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: 'Tizimga kirish kerak. Qaytadan kiring.' },
    });
    await call('auth.logout');
    expect(ipc.tokenOf(1)).toBeNull();
  });

  it('refuses calls from a frame that is not the app', async () => {
    const { call, dispatch } = setup();
    expect(await call('auth.me', 'https://evil.example/')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
  });
});
