/**
 * Headless primary (`npm run serve`): the same core as the desktop app, plus the HTTP transport that
 * serves the API, live events and the built UI to every browser and client desktop on the LAN.
 */
import { readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FakeClock, systemClock } from './clock';
import type { Server } from 'node:http';
import { createCore, type Core } from './core';
import { DamagedDatabaseError } from './db/soundness';
import { consoleLogger } from './logger';
import { createRecoveryDispatch } from './recovery/recovery';
import { createRecoveryServer } from './transports/http/recovery-server';
import { defaultDataDir } from './paths';
import { createHttpServer } from './transports/http/server';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    port: { type: 'string', default: process.env.PORT ?? '8787' },
    host: { type: 'string', default: '0.0.0.0' },
    // Names the office uses for this PC besides its IP addresses (e.g. crm.local), comma-separated.
    'host-names': { type: 'string', default: '' },
    'fake-clock': { type: 'boolean', default: false },
    // Tests only: cheap password hashes (CoreConfig.passwordCost 'test'); refused without --fake-clock.
    'fast-hash': { type: 'boolean', default: false },
  },
});
if (values['fast-hash'] && !values['fake-clock']) throw new Error('--fast-hash is for tests: use it with --fake-clock');

const dataDir = resolve(values.data ?? defaultDataDir());
const fakeClock = values['fake-clock'] ? new FakeClock(Date.now()) : null;
const clock = fakeClock ?? systemClock;
const bootCore = () => createCore({ dataDir, clock, passwordCost: values['fast-hash'] ? 'test' : 'owasp' });
const staticDir = fileURLToPath(new URL('../dist-renderer', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const hostNames = values['host-names']
  .split(',')
  .map((n) => n.trim().toLowerCase())
  .filter(Boolean);

let core: Core | null = null;
let server: Server;
try {
  core = await bootCore();
  server = createHttpServer(core, { staticDir, fakeClock, version, hostNames });
} catch (e) {
  if (!(e instanceof DamagedDatabaseError)) throw e;
  // SPEC §12: a damaged database is reported, never served and never overwritten. The UI shows the
  // recovery page; restoring is allowed from this PC only, and then the real server starts in its place.
  console.error(
    `The database is damaged: ${e.reason}\n  ${e.file}\n  Open http://127.0.0.1:${values.port} on this PC to restore the newest sound backup.`,
  );
  const recovery = createRecoveryDispatch({ dataDir, dbFile: e.file, reason: e.reason }, clock, () => {
    // The restored file is in place: the real server takes over the same port (the page reloads there).
    server.close(
      () =>
        void bootCore().then((c) => {
          core = c;
          server = createHttpServer(c, { staticDir, fakeClock, version, hostNames });
          listen();
        }),
    );
    server.closeAllConnections();
  });
  server = createRecoveryServer(recovery, { staticDir, hostNames });
}

/** The port in use: `--port 0` picks a free one, which a server started after recovery keeps. */
let port = Number(values.port);
function listen() {
  server.listen(port, values.host, () => {
    const address = server.address();
    if (typeof address === 'object' && address) port = address.port;
    console.log(`O'quv markaz CRM server: http://127.0.0.1:${port}${core ? '' : '  (RECOVERY MODE)'}`);
    for (const list of Object.values(networkInterfaces())) {
      for (const a of list ?? [])
        if (a.family === 'IPv4' && !a.internal) console.log(`  LAN: http://${a.address}:${port}`);
    }
    console.log(`  data: ${dataDir}${fakeClock ? '  (fake clock enabled)' : ''}`);
  });
}
listen();

const stop = async () => {
  server.close();
  server.closeAllConnections();
  await core?.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// The last resort: a bug in one request must not stop the office's server. Logged, never silent.
process.on('uncaughtException', (err) =>
  consoleLogger.error('uncaught exception (server keeps running)', { error: err.stack ?? String(err) }),
);
process.on('unhandledRejection', (err) =>
  consoleLogger.error('unhandled rejection (server keeps running)', {
    error: err instanceof Error ? (err.stack ?? err.message) : String(err),
  }),
);
