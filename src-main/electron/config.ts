/** Desktop modes (SPEC §12), kept in electron-store. Pure: no electron import, so it is unit-tested. */
export type DesktopMode = 'standalone' | 'primary' | 'client';

export interface DesktopConfig {
  mode: DesktopMode;
  /** Client mode: the primary's address, e.g. http://192.168.1.10:8787 */
  primaryUrl: string;
  /** Primary mode: the LAN port. */
  port: number;
}

export const DEFAULT_CONFIG: DesktopConfig = { mode: 'standalone', primaryUrl: '', port: 8787 };

/** Whatever is in the store (or came from the command line), made safe; a broken value falls back to standalone. */
export function parseDesktopConfig(raw: Partial<Record<keyof DesktopConfig, unknown>>): DesktopConfig {
  const mode = raw.mode === 'primary' || raw.mode === 'client' ? raw.mode : 'standalone';
  const port = Number(raw.port);
  let primaryUrl = typeof raw.primaryUrl === 'string' ? raw.primaryUrl.trim().replace(/\/+$/, '') : '';
  if (primaryUrl && !/^https?:\/\//.test(primaryUrl)) primaryUrl = `http://${primaryUrl}`;
  try {
    if (primaryUrl) new URL(primaryUrl);
  } catch {
    primaryUrl = '';
  }
  return {
    mode: mode === 'client' && !primaryUrl ? 'standalone' : mode,
    primaryUrl,
    port: Number.isInteger(port) && port > 0 && port < 65536 ? port : DEFAULT_CONFIG.port,
  };
}

/** `--mode=client --primary=192.168.1.10:8787 --port=8787` → config overrides (saved for next start). */
export function configFromArgs(argv: string[]): Partial<Record<keyof DesktopConfig, unknown>> {
  const out: Partial<Record<keyof DesktopConfig, unknown>> = {};
  for (const arg of argv) {
    const m = /^--(mode|primary|port)=(.*)$/.exec(arg);
    if (!m) continue;
    if (m[1] === 'mode') out.mode = m[2];
    if (m[1] === 'primary') out.primaryUrl = m[2];
    if (m[1] === 'port') out.port = m[2];
  }
  return out;
}
