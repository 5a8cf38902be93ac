import { createWriteStream } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { isDesktopMethod } from '../../src-shared/contract/desktop';
import { RpcError, type ErrorBody } from '../../src-shared/contract/errors';
import type { Dispatch } from '../rpc/dispatch';

export interface DesktopDispatchDeps {
  /** The window's `desktop.*` calls (desktop-ipc.ts). */
  desktop: (method: string, input: unknown) => Promise<unknown>;
  /** Where a listed backup lives (null in client mode: no database here). */
  backupFile?: ((name: string) => string) | null;
  /** Electron's save dialog: the chosen path, or null when cancelled. */
  askWhereToSave(defaultName: string): Promise<string | null>;
  copy?: (from: string, to: string) => Promise<void>;
  /** Client mode: the primary's address; a backup download is then fetched from it with the window's token. */
  primaryUrl?: string | null;
  fetch?: typeof fetch;
}

/** Client mode: `POST <primary>/api/rpc/backups.download` answers the file itself; it is streamed to `to`. */
async function downloadFromPrimary(deps: DesktopDispatchDeps, input: unknown, token: string | null, to: string) {
  const res = await (deps.fetch ?? fetch)(`${deps.primaryUrl}/api/rpc/backups.download`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(input ?? {}),
  });
  if (!res.ok || !res.body) {
    // The primary's refusal (signed out, no right, no such backup) as it sent it.
    const body = (await res.json().catch(() => null)) as ErrorBody | null;
    throw body?.code ? new RpcError(body) : new Error(`download failed: HTTP ${res.status}`);
  }
  await pipeline(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), createWriteStream(to));
}

/**
 * What the window's one IPC channel answers: `desktop.*` from this PC's settings, everything else from
 * the core (or the primary). "Yuklab olish" of a backup becomes a save dialog and a file copy: the
 * core checked the caller and the name first, and the file never crosses IPC.
 */
export function desktopDispatch(dispatch: Dispatch, deps: DesktopDispatchDeps): Dispatch {
  return async (method, input, meta) => {
    if (isDesktopMethod(method)) return deps.desktop(method, input);
    if (method === 'backups.download' && deps.primaryUrl) {
      // The primary checks the caller and the name; its answer is the file, not JSON.
      const name = String((input as { name?: unknown } | null)?.name ?? '');
      const to = await deps.askWhereToSave(name);
      if (to) await downloadFromPrimary(deps, input, meta.token, to);
      return { fileName: name, sizeBytes: 0 };
    }
    const result = await dispatch(method, input, meta);
    if (method === 'backups.download' && deps.backupFile) {
      const { fileName } = result as { fileName: string };
      const from = deps.backupFile(fileName);
      const to = await deps.askWhereToSave(fileName);
      if (to) await (deps.copy ?? copyFile)(from, to);
    }
    return result;
  };
}
