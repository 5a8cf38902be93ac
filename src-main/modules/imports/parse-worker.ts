// The worker thread's side of `parseInWorker` (parse-in-worker.ts). Bundled on its own to
// build/import-worker.cjs for the Electron app; loaded as TypeScript (through tsx) under vitest and
// `npm run serve`.
//
// Protocol: `workerData` is a ParseRequest. The worker parses, then replies with `rows` messages of at most
// ROWS_CELLS cells each, one per 'next' from the parent (the first unasked), then `done` with the rest of the
// ParsedFile; or one `problem` / `failed`. Rows go in small pieces because the parent deserializes each
// message in one go on its event loop: 50 000 rows at once would hold it for ~250 ms.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { ImportFileError, parseFile, type ImportFileProblem, type ParsedFile } from './parse-file';

export interface ParseRequest {
  bytes: Uint8Array;
  fileName: string;
  sheet?: string;
}

export type ParseReply =
  | { type: 'rows'; rows: ParsedFile['rows'] }
  | { type: 'done'; file: Omit<ParsedFile, 'rows'> }
  | { type: 'problem'; problem: ImportFileProblem }
  | { type: 'failed'; message: string };

/** The parent's ask for the next piece of rows. (A type: the parent must not load this module.) */
export type ParseAsk = 'next';

/** Cells per `rows` message: ~10 ms of the parent's time to deserialize. */
const ROWS_CELLS = 10_000;

if (!isMainThread && parentPort && workerData) {
  const port = parentPort;
  const send = (reply: ParseReply) => port.postMessage(reply);
  const { bytes, fileName, sheet } = workerData as ParseRequest;
  parseFile(bytes, fileName, sheet).then(
    ({ rows, ...file }) => {
      const perMessage = Math.max(1, Math.floor(ROWS_CELLS / Math.max(1, file.header.length)));
      let next = 0;
      const sendNext = () => {
        if (next >= rows.length) return send({ type: 'done', file });
        send({ type: 'rows', rows: rows.slice(next, next + perMessage) });
        next += perMessage;
      };
      port.on('message', (message) => {
        if (message === ('next' satisfies ParseAsk)) sendNext();
      });
      sendNext();
    },
    (err: unknown) =>
      send(
        err instanceof ImportFileError
          ? { type: 'problem', problem: err.problem }
          : { type: 'failed', message: err instanceof Error ? (err.stack ?? err.message) : String(err) },
      ),
  );
}
