import { createReadStream } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';
import type { Core } from '../../core';

/**
 * "Yuklab olish" over HTTP: the backup file itself, streamed (a backup of a big centre is hundreds of MB;
 * it never sits in memory or travels as base64). Only a name the dispatcher accepted reaches here, and
 * the backups module turns only a listed name into a path.
 */
export function sendBackupFile(core: Core, res: ServerResponse, name: string): void {
  const { path, item } = core.modules.backups.fileOf(name);
  res.writeHead(200, {
    'content-type': 'application/vnd.sqlite3',
    'content-length': String(item.sizeBytes),
    'content-disposition': `attachment; filename="${item.name}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  pipeline(createReadStream(path), res, () => undefined);
}
