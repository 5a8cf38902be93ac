import { describe, expect, it } from 'vitest';
import { isNetworkShare } from './backup-folder';

const mounts = [
  { mountPoint: '/', fsType: 'ext4' },
  { mountPoint: '/mnt/office', fsType: 'cifs' },
  { mountPoint: '/mnt/office/local-cache', fsType: 'ext4' },
  { mountPoint: '/media/usb', fsType: 'vfat' },
  { mountPoint: '/srv/nas', fsType: 'nfs4' },
  { mountPoint: '/home/admin/remote', fsType: 'fuse.sshfs' },
];

describe('isNetworkShare (best effort: SQLite files must not live on a network share)', () => {
  it.each([
    ['\\\\server\\share\\backups', true],
    ['//server/share/backups', true],
    ['/mnt/office/crm', true],
    ['/mnt/office', true],
    ['/mnt/office/local-cache/crm', false],
    ['/mnt/officeX/crm', false],
    ['/srv/nas/zaxira', true],
    ['/home/admin/remote/x', true],
    ['/media/usb/zaxira', false],
    ['/home/admin/backups', false],
  ])('%s → %s', (folder, expected) => {
    expect(isNetworkShare(folder, mounts)).toBe(expected);
  });
});
