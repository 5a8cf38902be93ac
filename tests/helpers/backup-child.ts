/**
 * A child process for the "kill -9 during a backup" test: opens the centre's database as the app does,
 * keeps writing to it, and makes a backup with the app's own code until the parent kills it.
 */
import { join } from 'node:path';
import { openSqlite } from '../../src-main/db/connect';
import { backupTo } from '../../src-main/db/backup';

const dataDir = process.argv[2];
const sqlite = openSqlite(join(dataDir, 'crm.sqlite'));
let n = 0;
setInterval(() => {
  sqlite.prepare("INSERT INTO settings (key, value) VALUES (?, '1')").run(`child-${n++}`);
}, 1);
for (;;) await backupTo(sqlite, join(dataDir, 'backups'), 'daily', Date.now());
