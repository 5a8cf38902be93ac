import { useEffect, useState } from 'react';
import { ConnectionMonitor, type ConnectionState } from './connection-monitor';
import { desktopCall, inDesktop } from './desktop-api';

/** How this window knows the primary answers: a client desktop asks its main process; a browser asks the server. */
async function probe(): Promise<boolean> {
  if (inDesktop()) return (await desktopCall('desktop.ping')).online;
  const res = await fetch('/api/health', { cache: 'no-store' });
  return res.ok;
}

let shared: ConnectionMonitor | null = null;
export const connectionMonitor = () => (shared ??= new ConnectionMonitor(probe));

/** The link to the primary, live: `online` for the banner, `generation` to reload views when it returns. */
export function useConnection(): ConnectionState {
  const monitor = connectionMonitor();
  const [state, setState] = useState(monitor.current);
  useEffect(() => monitor.subscribe(setState), [monitor]);
  return state;
}
