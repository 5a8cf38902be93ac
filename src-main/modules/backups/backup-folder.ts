import { readFileSync, writeFileSync, renameSync, mkdirSync, accessSync, constants } from 'node:fs';
import { isAbsolute, join, resolve, sep } from 'node:path';

/**
 * Where backups go. Kept in a small file beside the database, not in it: a restore must not move the
 * folder it restores from, and a damaged database must not hide where its backups are.
 */
const SETTINGS_FILE = 'backup-settings.json';
export const DEFAULT_FOLDER = 'backups';

export function backupFolderOf(dataDir: string): string {
  try {
    const raw = JSON.parse(readFileSync(join(dataDir, SETTINGS_FILE), 'utf8')) as { folder?: unknown };
    if (typeof raw.folder === 'string' && isAbsolute(raw.folder)) return raw.folder;
  } catch {
    // no file yet, or unreadable: the default
  }
  return join(dataDir, DEFAULT_FOLDER);
}

export function saveBackupFolder(dataDir: string, folder: string | null): void {
  const tmp = join(dataDir, `${SETTINGS_FILE}.tmp`);
  writeFileSync(tmp, JSON.stringify({ folder }, null, 2));
  renameSync(tmp, join(dataDir, SETTINGS_FILE));
}

/** Can the app create the folder and write in it? */
export function isWritableFolder(folder: string): boolean {
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Linux file systems that live on another machine (SQLite's locking is not to be trusted on them). */
const NETWORK_FS =
  /^(nfs4?|cifs|smb3?|smbfs|ncpfs|afs|9p|ceph|glusterfs|fuse\.sshfs|sshfs|fuse\.davfs2?|davfs|fuse\.rclone|fuse\.s3fs)$/;

/** The mount table as `<mount point> <fs type>` pairs (Linux: /proc/mounts; elsewhere: none). */
function readMounts(): Array<{ mountPoint: string; fsType: string }> {
  try {
    return readFileSync('/proc/mounts', 'utf8')
      .split('\n')
      .map((l) => l.split(' '))
      .filter((p) => p.length >= 3)
      .map((p) => ({ mountPoint: p[1].replace(/\\040/g, ' '), fsType: p[2] }));
  } catch {
    return [];
  }
}

/**
 * Best effort: is `folder` on a network share? Windows UNC paths (`\\server\share`, `//server/share`)
 * and, on Linux, a folder under an NFS/SMB/sshfs mount. A mapped drive letter on Windows is not seen.
 */
export function isNetworkShare(folder: string, mounts = readMounts()): boolean {
  if (/^(\\\\|\/\/)[^\\/]+[\\/]/.test(folder)) return true;
  const path = resolve(folder);
  let best: { mountPoint: string; fsType: string } | null = null;
  for (const m of mounts) {
    const under =
      path === m.mountPoint || path.startsWith(m.mountPoint.endsWith(sep) ? m.mountPoint : m.mountPoint + sep);
    if (under && (!best || m.mountPoint.length > best.mountPoint.length)) best = m;
  }
  return !!best && NETWORK_FS.test(best.fsType);
}
