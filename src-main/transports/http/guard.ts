import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { isIP, type Socket } from 'node:net';
import { AppError } from '../../../src-shared/contract/errors';

/** What one address, socket or user may hold at once: one desk cannot take the slots of the others. */
export const PER_CLIENT_LIMITS = {
  connectionsPerAddress: 64,
  /** Pipelined requests a socket may have in progress; beyond, the socket is closed. */
  requestsPerSocket: 8,
  streamsPerUser: 12,
};

/** Counts sockets per address and in-flight requests per socket; closes what goes over. */
export function guardConnections(server: Server, limits = PER_CLIENT_LIMITS): void {
  const perAddress = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const count = (perAddress.get(address) ?? 0) + 1;
    if (count > limits.connectionsPerAddress) {
      socket.destroy();
      return;
    }
    perAddress.set(address, count);
    socket.once('close', () => {
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left <= 0) perAddress.delete(address);
      else perAddress.set(address, left);
    });
  });
  const inFlight = new WeakMap<Socket, number>();
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket;
    const n = (inFlight.get(socket) ?? 0) + 1;
    inFlight.set(socket, n);
    if (n > limits.requestsPerSocket) socket.destroy();
    res.once('close', () => inFlight.set(socket, (inFlight.get(socket) ?? 1) - 1));
  });
}

/** Open event streams per user: a stolen or buggy session cannot hold hundreds. */
export class StreamCounter {
  private open = new Map<number, number>();
  constructor(private readonly limit = PER_CLIENT_LIMITS.streamsPerUser) {}

  /** Takes a slot for the user, or says "too many"; the returned function gives it back. */
  take(userId: number): () => void {
    const n = this.open.get(userId) ?? 0;
    if (n >= this.limit) throw new AppError('RATE_LIMITED', 'error.tooManyStreams');
    this.open.set(userId, n + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.open.get(userId) ?? 1) - 1;
      if (left <= 0) this.open.delete(userId);
      else this.open.set(userId, left);
    };
  }
}

/**
 * DNS rebinding: a foreign site's name that points at the primary. The API answers only to an IP
 * address, localhost or a name the office configured.
 */
export function isAllowedHost(hostHeader: string | undefined, names: readonly string[] = []): boolean {
  if (!hostHeader) return false;
  let hostname: string;
  try {
    hostname = new URL(`http://${hostHeader}`).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return false;
  }
  return isIP(hostname) !== 0 || hostname === 'localhost' || names.includes(hostname.toLowerCase());
}
