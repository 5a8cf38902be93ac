import type { ErrorBody } from '../../src-shared/contract/errors';
import type { AppEvent } from '../../src-shared/contract/events';
import { silentLogger, type Logger } from '../logger';
import { toErrorBody, type Dispatch } from '../rpc/dispatch';
import { EVENT_CHANNEL, RPC_CHANNEL } from '../../src-shared/contract/ipc';

/** The parts of Electron's ipcMain / IPC event this transport uses (the core never imports electron). */
export interface IpcEventLike {
  sender: { id: number };
  senderFrame: { url: string } | null;
}
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

export type IpcReply = { ok: true; result: unknown } | { ok: false; error: ErrorBody };

/**
 * Answers the one RPC channel with the dispatcher (local core or remote primary). The session token
 * lives here, per window, and never reaches the renderer. Calls from frames other than the app's are refused.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  dispatch: Dispatch,
  isAppUrl: (url: string) => boolean,
  log: Logger = silentLogger,
) {
  const tokens = new Map<number, string>();

  ipcMain.handle(RPC_CHANNEL, async (event, method, input): Promise<IpcReply> => {
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) {
      return {
        ok: false,
        error: { code: 'FORBIDDEN', message: "Bu amal uchun sizda huquq yo'q.", details: { key: 'error.forbidden' } },
      };
    }
    const token = tokens.get(event.sender.id) ?? null;
    try {
      const result = await dispatch(String(method), input, {
        token,
        origin: windowOrigin(event.sender.id),
        clientIp: 'local',
      });
      if (method === 'auth.login') {
        const login = result as { token: string };
        tokens.set(event.sender.id, login.token);
        return { ok: true, result: { ...login, token: 'ipc' } };
      }
      if (method === 'auth.logout') tokens.delete(event.sender.id);
      return { ok: true, result };
    } catch (err) {
      const error = toErrorBody(err, 'uz', log, String(method));
      if (error.code === 'UNAUTHENTICATED') tokens.delete(event.sender.id);
      return { ok: false, error };
    }
  });

  return {
    tokenOf: (senderId: number) => tokens.get(senderId) ?? null,
    forget: (senderId: number) => tokens.delete(senderId),
  };
}

const windowOrigin = (webContentsId: number) => `ipc:${webContentsId}`;

interface WindowLike {
  webContents: { id: number; send(channel: string, e: AppEvent): void; isDestroyed(): boolean };
}

/** Sends a core event to every window, telling the window that made the change that it did. */
export function broadcast(windows: WindowLike[], e: AppEvent) {
  const { origin, ...event } = e;
  for (const w of windows) {
    if (w.webContents.isDestroyed()) continue;
    w.webContents.send(EVENT_CHANNEL, {
      ...event,
      self: event.self ?? (!!origin && origin === windowOrigin(w.webContents.id)),
    });
  }
}
