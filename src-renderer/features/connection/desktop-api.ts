import type { DesktopInput, DesktopMethod, DesktopOutput } from '../../../src-shared/contract/desktop';
import { transport } from '../../api/client';

/** In the desktop app (Electron preload present), not in a browser. */
export const inDesktop = (): boolean => typeof window !== 'undefined' && !!window.crm;

/** A `desktop.*` call: answered by the Electron main process (this PC's settings), never by the core. */
export async function desktopCall<M extends DesktopMethod>(
  method: M,
  input?: DesktopInput<M>,
): Promise<DesktopOutput<M>> {
  return (await transport.call(method, input ?? {})) as DesktopOutput<M>;
}
