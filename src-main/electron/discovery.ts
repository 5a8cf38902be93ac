import { hostname } from 'node:os';
import { Bonjour, type Service } from 'bonjour-service';

/** The mDNS service type a primary announces (`_oquv-crm._tcp`). */
export const SERVICE_TYPE = 'oquv-crm';

/** Multicast refused (no network, a firewall): mDNS is a convenience, its failure is only logged. */
const quietBonjour = () =>
  new Bonjour({}, (err: unknown) => console.error('[crm] mDNS unavailable', err instanceof Error ? err.message : err));

export interface FoundPrimary {
  name: string;
  url: string;
}

/** The URL a found service is reached at: its IPv4 address (mDNS host names do not resolve everywhere). */
export function urlOfService(s: Pick<Service, 'addresses' | 'referer' | 'host' | 'port'>): string {
  const ipv4 = (s.addresses ?? []).find((a) => /^\d+\.\d+\.\d+\.\d+$/.test(a)) ?? s.referer?.address ?? s.host;
  return `http://${ipv4}:${s.port}`;
}

/**
 * Announces this primary on the LAN so client desktops can pick it from a list. mDNS is unreliable on
 * some networks (blocked multicast, Wi-Fi isolation): typing the address stays the way that always works.
 */
export function announcePrimary(port: number, factory = quietBonjour): () => void {
  const bonjour = factory();
  bonjour.publish({ name: `O'quv markaz CRM (${hostname()})`, type: SERVICE_TYPE, port });
  return () => bonjour.unpublishAll(() => bonjour.destroy());
}

/** The primaries that answer within `timeoutMs`. */
export function discoverPrimaries(timeoutMs = 2_000, factory = quietBonjour): Promise<FoundPrimary[]> {
  return new Promise((resolve) => {
    const bonjour = factory();
    const found = new Map<string, FoundPrimary>();
    const browser = bonjour.find({ type: SERVICE_TYPE }, (s: Service) => {
      const url = urlOfService(s);
      found.set(url, { name: s.name, url });
    });
    setTimeout(() => {
      browser.stop();
      bonjour.destroy();
      resolve([...found.values()]);
    }, timeoutMs);
  });
}
