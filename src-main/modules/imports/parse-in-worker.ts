// Runs `parseFile` in a worker thread: reading a 10 MB workbook takes seconds of CPU, and the core's event
// loop (every desk's calls) must not wait for it. One worker per file (imports are rare), ended when done.
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ImportFileError, MAX_IMPORT_BYTES, type ParsedFile } from './parse-file';
// Types only: parse-worker.ts runs its worker side when loaded in a worker thread.
import type { ParseAsk, ParseReply, ParseRequest } from './parse-worker';

/**
 * The worker's heap cap: a workbook that needs more ends the worker (ImportFileError 'tooBig'), never the
 * app. A 9.5 MB .xlsx of 300 000 lead rows (5 columns) parses within 768 MB; wider, denser sheets need more.
 */
const WORKER_HEAP_MB = 2048;

/**
 * `parseFile(bytes, fileName, sheet)` in a worker thread: resolves with the ParsedFile or rejects with an
 * ImportFileError carrying the same problem (any other failure: a plain Error).
 *
 * The bytes are handed over, not copied, when `bytes` spans its whole ArrayBuffer (a Buffer from
 * `Buffer.from(base64)` or `fs.readFile` of a non-tiny file does): after the call `bytes` is detached
 * (byteLength 0), so hash or keep it before. Otherwise (a slice of a bigger buffer, Node's small-Buffer
 * pool) a copy of just those bytes is sent.
 */
export function parseInWorker(bytes: Uint8Array, fileName: string, sheet?: string): Promise<ParsedFile> {
  // Cheap checks first: no worker (nor a copy of a 100 MB upload) for a file refused anyway.
  if (bytes.byteLength > MAX_IMPORT_BYTES) return Promise.reject(new ImportFileError('tooBig'));
  const owned =
    bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  // `new Uint8Array(bytes)` copies (a Buffer's own `slice` would not).
  let worker: Worker;
  try {
    worker = startWorker(owned ? bytes : new Uint8Array(bytes), fileName, sheet);
  } catch (err) {
    // An ArrayBuffer Node refuses to transfer (marked untransferable): send a copy instead.
    if (!owned) return Promise.reject(err);
    try {
      worker = startWorker(new Uint8Array(bytes), fileName, sheet);
    } catch (again) {
      return Promise.reject(again);
    }
  }
  return new Promise<ParsedFile>((resolve, reject) => {
    const rows: ParsedFile['rows'] = [];
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      done();
    };
    worker.on('message', (reply: ParseReply) => {
      if (reply.type === 'rows') {
        for (const row of reply.rows) rows.push(row);
        worker.postMessage('next' satisfies ParseAsk);
      } else {
        settle(() => {
          if (reply.type === 'done') resolve({ ...reply.file, rows });
          else if (reply.type === 'problem') reject(new ImportFileError(reply.problem));
          else reject(new Error(`import parse failed: ${reply.message}`));
        });
      }
    });
    worker.once('error', (err: Error & { code?: string }) =>
      settle(() => reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ImportFileError('tooBig') : err)),
    );
    worker.once('exit', (code) => settle(() => reject(new Error(`import parse worker exited with code ${code}`))));
  });
}

/** `bytes` must own its whole ArrayBuffer: that buffer is transferred to the worker. */
function startWorker(bytes: Uint8Array, fileName: string, sheet: string | undefined): Worker {
  const workerData: ParseRequest = { bytes, fileName, sheet };
  const options = {
    workerData,
    transferList: [bytes.buffer as ArrayBuffer],
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  };
  const here = import.meta.url;
  // Electron: this code is inside build/electron-main.cjs, the worker is bundled beside it (scripts/build-main.mjs).
  if (here.endsWith('.cjs')) return new Worker(fileURLToPath(new URL('./import-worker.cjs', here)), options);
  // TypeScript sources (vitest, `tsx src-main/server.ts`). Node 20 ignores `--import tsx` in a worker's
  // execArgv (nodejs/node#47747), so a bootstrap registers tsx's loader inside the worker, then imports.
  const target = new URL('./parse-worker.ts', here).href;
  const bootstrap =
    `import(${JSON.stringify(tsxApiUrl())})` +
    `.then((tsx) => { tsx.register(); return import(${JSON.stringify(target)}); })`;
  return new Worker(bootstrap, { ...options, eval: true, execArgv: [] });
}

/** tsx's ESM API (`register`), located through its package.json "exports" (its CommonJS twin cannot register). */
function tsxApiUrl(): string {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('tsx/package.json');
  const pkg = require(pkgPath) as { exports?: Record<string, { import?: { default?: string } } | string> };
  const entry = pkg.exports?.['./esm/api'];
  const file = typeof entry === 'object' ? entry.import?.default : undefined;
  if (!file) throw new Error('tsx/esm/api not found: cannot run the import parser from TypeScript sources');
  return new URL(file, pathToFileURL(pkgPath)).href;
}
