import { SheetsProblem } from './sheets-problem';

/**
 * fetch, tried a second time when no answer came at all: a kept-alive connection the network dropped
 * (Wi-Fi back, a modem restarted) fails its first request though Google is reachable. Still nothing:
 * the office is offline.
 */
export async function fetchGoogle(url: string | URL, init: RequestInit = {}): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
    } catch {
      if (attempt === 2) throw new SheetsProblem('offline');
    }
  }
}
