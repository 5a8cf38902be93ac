// The worker thread's side of `judgeInWorker` (judge-in-worker.ts). Bundled on its own to
// build/import-worker.cjs for the Electron app; bundled in memory with esbuild when the core runs from
// its TypeScript sources (vitest, `npm run serve`).
//
// Protocol: `workerData` is a JudgeJob. The worker reads the file (unless rows are given), judges every
// row, packs what the import keeps, and replies once: `judged` (the packed buffers transferred, not
// copied), or `problem` / `failed`.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { judgeParsed, type GivenMapping, type JudgedFile } from './judged-file';
import { ImportFileError, parseFile, type ImportFileProblem, type ParsedFile } from './parse-file';

export interface JudgeJob {
  /** An uploaded file (read here), or rows read already (a Google sheet, a kept import). */
  source: { bytes: Uint8Array; fileName: string; sheet?: string } | { parsed: ParsedFile };
  /** The user's column choice; absent: matched by the headers. */
  mapping?: GivenMapping;
  /** Course names as `headerKey` gives them → id. */
  courses: Array<[string, number]>;
}

export type JudgeReply =
  | { type: 'judged'; judged: JudgedFile }
  | { type: 'problem'; problem: ImportFileProblem }
  | { type: 'failed'; message: string };

if (!isMainThread && parentPort && workerData) {
  const port = parentPort;
  const job = workerData as JudgeJob;
  const read =
    'parsed' in job.source
      ? Promise.resolve(job.source.parsed)
      : parseFile(job.source.bytes, job.source.fileName, job.source.sheet);
  read
    .then((parsed) => judgeParsed(parsed, job.mapping, new Map(job.courses)))
    .then(
      (judged) => {
        const buffers = [judged.packedFile.buffer, judged.packedRows.buffer] as ArrayBuffer[];
        port.postMessage({ type: 'judged', judged } satisfies JudgeReply, buffers);
      },
      (err: unknown) =>
        port.postMessage(
          (err instanceof ImportFileError
            ? { type: 'problem', problem: err.problem }
            : {
                type: 'failed',
                message: err instanceof Error ? (err.stack ?? err.message) : String(err),
              }) satisfies JudgeReply,
        ),
    );
}
