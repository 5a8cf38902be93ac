// Reads and judges a file in a worker thread (judge-worker.ts): reading a 10 MB workbook and judging its
// rows take seconds of CPU, and the core's event loop (every desk's calls) must not wait for them. One
// worker per job (imports are rare), ended when done.
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { JudgedFile } from './judged-file';
import { ImportFileError, MAX_IMPORT_BYTES } from './parse-file';
// Types only: judge-worker.ts runs its worker side when loaded in a worker thread.
import type { JudgeJob, JudgeReply } from './judge-worker';

/**
 * The worker's heap cap: a workbook that needs more ends the worker (ImportFileError 'tooBig'), never the
 * app. A 9.5 MB .xlsx of 300 000 lead rows (5 columns) reads and judges within 1 GB.
 */
const WORKER_HEAP_MB = 2048;

/**
 * The job's file read and every row judged, in a worker: resolves with the JudgedFile or rejects with an
 * ImportFileError carrying the problem (any other failure: a plain Error).
 *
 * An uploaded file's bytes are handed over, not copied, when they span their whole ArrayBuffer (a Buffer
 * from `Buffer.from(base64)` or `fs.readFile` of a non-tiny file does): after the call they are detached
 * (byteLength 0), so hash or keep them before. Otherwise (a slice of a bigger buffer, Node's small-Buffer
 * pool) a copy of just those bytes is sent.
 */
export function judgeInWorker(job: JudgeJob): Promise<JudgedFile> {
  if (!('parsed' in job.source)) {
    const { bytes } = job.source;
    // Cheap checks first: no worker (nor a copy of a 100 MB upload) for a file refused anyway.
    if (bytes.byteLength > MAX_IMPORT_BYTES) return Promise.reject(new ImportFileError('tooBig'));
    const owned =
      bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    // `new Uint8Array(bytes)` copies (a Buffer's own `slice` would not).
    job = { ...job, source: { ...job.source, bytes: owned ? bytes : new Uint8Array(bytes) } };
  }
  return runWorker(job);
}

async function runWorker(job: JudgeJob): Promise<JudgedFile> {
  let worker: Worker;
  try {
    worker = await startWorker(job);
  } catch (err) {
    // An ArrayBuffer Node refuses to transfer (marked untransferable): send a copy instead.
    if ('parsed' in job.source) throw err;
    worker = await startWorker({ ...job, source: { ...job.source, bytes: new Uint8Array(job.source.bytes) } });
  }
  return new Promise<JudgedFile>((resolve, reject) => {
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      done();
    };
    worker.once('message', (reply: JudgeReply) =>
      settle(() => {
        if (reply.type === 'judged') resolve(reply.judged);
        else if (reply.type === 'problem') reject(new ImportFileError(reply.problem));
        else reject(new Error(`import judge failed: ${reply.message}`));
      }),
    );
    worker.once('error', (err: Error & { code?: string }) =>
      settle(() => reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ImportFileError('tooBig') : err)),
    );
    worker.once('exit', (code) => settle(() => reject(new Error(`import judge worker exited with code ${code}`))));
  });
}

/** An uploaded file's bytes must own their whole ArrayBuffer: that buffer is transferred to the worker. */
async function startWorker(job: JudgeJob): Promise<Worker> {
  const options = {
    workerData: job,
    transferList: 'parsed' in job.source ? [] : [job.source.bytes.buffer as ArrayBuffer],
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  };
  const here = import.meta.url;
  // Electron: this code is inside build/electron-main.cjs, the worker is bundled beside it (scripts/build-main.mjs).
  if (here.endsWith('.cjs')) return new Worker(fileURLToPath(new URL('./import-worker.cjs', here)), options);
  // No execArgv: a worker of `node --import tsx` would boot tsx for plain JavaScript.
  return new Worker(await sourceBundle(), { ...options, eval: true, execArgv: [] });
}

let bundle: Promise<string> | null = null;

/**
 * TypeScript sources (vitest, `npm run serve`): the worker bundled once, in memory, as the desktop build
 * bundles it. A worker that boots tsx to load the sources took ~0.5 s before reading a byte.
 */
function sourceBundle(): Promise<string> {
  bundle ??= import('esbuild')
    .then(async ({ build, stop }) => {
      try {
        return await build({
          entryPoints: [fileURLToPath(new URL('./judge-worker.ts', import.meta.url))],
          bundle: true,
          platform: 'node',
          target: 'node20',
          format: 'cjs',
          write: false,
          logLevel: 'silent',
        });
      } finally {
        await stop(); // esbuild's helper process is not left running beside the app
      }
    })
    .then((out) => out.outputFiles[0].text)
    .catch((e: unknown) => {
      bundle = null; // tried again next time
      throw e;
    });
  return bundle;
}
