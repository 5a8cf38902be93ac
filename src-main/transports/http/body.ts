import type { IncomingMessage } from 'node:http';
import { AppError } from '../../../src-shared/contract/errors';

/** A JSON call's body: far above any form, far below what would hurt the primary's memory. */
export const JSON_BODY_LIMIT = 1024 * 1024;
/** `imports.preview` carries a file of up to 10 MB in base64 (4/3 of it) and its JSON around it. */
export const IMPORT_BODY_LIMIT = 14 * 1024 * 1024;

/**
 * Reads a JSON body of at most `limit` bytes. A declared length over the limit is refused before a
 * byte is read; a body that grows past it is refused as soon as it does.
 */
export function readJson(req: IncomingMessage, limit = JSON_BODY_LIMIT): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const fail = (e: unknown) => {
      if (done) return;
      done = true;
      req.removeAllListeners('data');
      req.resume(); // drain quietly; the answer goes out at once
      reject(e);
    };
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) fail(tooLarge(limit));
      else chunks.push(c);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      const text = Buffer.concat(chunks).toString('utf8');
      if (!text) return resolve({});
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new AppError('VALIDATION', 'error.badJson'));
      }
    });
    req.on('error', fail);
    // A client that goes away mid-body is not an error of ours: answered quietly, not logged.
    req.on('aborted', () => fail(new AppError('VALIDATION', 'error.badRequest')));
  });
}

const tooLarge = (limit: number) =>
  new AppError('PAYLOAD_TOO_LARGE', 'error.bodyTooLarge', { mb: Math.round((limit / 1024 / 1024) * 10) / 10 });

/** Only JSON is accepted: a cross-site form or `text/plain` post is refused before it is read. */
export const isJsonRequest = (req: IncomingMessage): boolean =>
  /^application\/json\s*(;\s*charset=utf-8\s*)?$/i.test(req.headers['content-type'] ?? '');
