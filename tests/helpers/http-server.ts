import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';
import { createHttpServer, type HttpOptions } from '../../src-main/transports/http/server';
import type { TestCore } from './core';

/**
 * For an HTTP test file: `listen(t)` serves a test core on a free port of 127.0.0.1; after each test
 * the server is closed (open connections cut), then the core.
 */
export function useHttpServer() {
  let server: Server | null = null;
  let core: TestCore | null = null;
  afterEach(async () => {
    const s = server;
    server = null;
    s?.closeAllConnections();
    if (s) await new Promise((r) => s.close(r));
    await core?.close();
    core = null;
  });
  return {
    async listen(t: TestCore, opts: HttpOptions = {}): Promise<{ base: string; port: number }> {
      core = t;
      const s = (server = createHttpServer(t.core, opts));
      await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
      const port = (s.address() as AddressInfo).port;
      return { base: `http://127.0.0.1:${port}`, port };
    },
  };
}
