import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningServer {
  url: string;
  dataDir: string;
  setClock(now: string | number): Promise<void>;
  rpc<T = unknown>(method: string, input: unknown, token?: string): Promise<{ status: number; body: T }>;
  stop(): Promise<void>;
}

/**
 * Starts the real headless primary (`src-main/server.ts --fake-clock --fast-hash`) on a free port and a temp
 * data dir (or `dataDir`, made beforehand; `stop()` removes it either way).
 */
export async function startServer(
  extraArgs: string[] = [],
  env: Record<string, string> = {},
  dataDir = mkdtempSync(join(tmpdir(), 'crm-e2e-')),
): Promise<RunningServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src-main/server.ts',
      '--data',
      dataDir,
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--fake-clock',
      '--fast-hash',
      ...extraArgs,
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      const m = /server: (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited ${code}:\n${output}`)));
  });

  const rpc = async <T>(method: string, input: unknown, token?: string) => {
    const res = await fetch(`${url}/api/rpc/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(input),
    });
    return { status: res.status, body: (await res.json()) as T };
  };

  return {
    url,
    dataDir,
    rpc,
    async setClock(now) {
      const res = await fetch(`${url}/api/test/clock`, { method: 'POST', body: JSON.stringify({ now }) });
      if (!res.ok) throw new Error(`clock: ${res.status}`);
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
