import type { NetworkInterfaceInfo } from 'node:os';
import { desktopContract, isDesktopMethod, type DesktopOutput } from '../../src-shared/contract/desktop';
import { validationError } from '../rpc/validation';
import { parseDesktopConfig, type DesktopConfig } from './config';
import type { FoundPrimary } from './discovery';

/** What the "Ulanish" screen needs from Electron and the OS, passed in (electron is mocked in tests). */
export interface DesktopDeps {
  /** The configuration this run started with. */
  config: DesktopConfig;
  version: string;
  save(config: DesktopConfig): void;
  /** Starts the app again in the saved mode (app.relaunch + app.exit). */
  relaunch(): void;
  interfaces(): NodeJS.Dict<NetworkInterfaceInfo[]>;
  discover(): Promise<FoundPrimary[]>;
  fetch: typeof fetch;
}

/** This PC's LAN addresses with the port, as the other PCs type them (IPv4, not loopback). */
export function lanAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>, port: number): string[] {
  const out: string[] = [];
  for (const list of Object.values(interfaces))
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) out.push(`http://${a.address}:${port}`);
  return out;
}

/** Does a primary answer at `url`? Its version, or why not (in a few seconds at most). */
export async function testPrimary(fetchImpl: typeof fetch, url: string): Promise<DesktopOutput<'desktop.test'>> {
  const base = parseDesktopConfig({ mode: 'client', primaryUrl: url }).primaryUrl;
  if (!base) return { ok: false, version: null, reason: 'bad address' };
  try {
    const res = await fetchImpl(`${base}/api/health`, { signal: AbortSignal.timeout(4_000) });
    const body = (await res.json().catch(() => null)) as { ok?: boolean; version?: string | null } | null;
    if (!res.ok || !body?.ok) return { ok: false, version: null, reason: `HTTP ${res.status}` };
    return { ok: true, version: body.version ?? null, reason: null };
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code;
    return { ok: false, version: null, reason: cause ?? (e instanceof Error ? e.name : String(e)) };
  }
}

/**
 * Answers the `desktop.*` calls of the window (the IPC channel hands them here before the core): null
 * for any other method. Inputs are checked with the same zod schemas the renderer is typed from.
 */
export function createDesktopHandler(deps: DesktopDeps) {
  const answer = async (method: string, raw: unknown): Promise<unknown> => {
    if (!isDesktopMethod(method)) return null;
    const def = desktopContract[method];
    const parsed = def.input.safeParse(raw ?? {});
    if (!parsed.success) throw validationError(parsed.error);
    const input = parsed.data as Record<string, unknown>;
    switch (method) {
      case 'desktop.connection':
        return {
          ...deps.config,
          addresses: lanAddresses(deps.interfaces(), deps.config.port),
          version: deps.version,
        };
      case 'desktop.setConnection': {
        const next = parseDesktopConfig(input);
        deps.save(next);
        // A moment for the answer to reach the window before the app restarts in the new mode.
        setTimeout(() => deps.relaunch(), 300);
        return { ok: true };
      }
      case 'desktop.discover':
        return { found: await deps.discover() };
      case 'desktop.test':
        return testPrimary(deps.fetch, String(input.primaryUrl));
      case 'desktop.ping':
        if (deps.config.mode !== 'client') return { online: true };
        return { online: (await testPrimary(deps.fetch, deps.config.primaryUrl)).ok };
    }
  };
  return answer;
}
