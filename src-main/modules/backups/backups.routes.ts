import { AppError } from '../../../src-shared/contract/errors';
import type { RouterSlice } from '../../rpc/router';
import type { Modules } from '../index';

export const backupsRoutes = (m: Modules) =>
  ({
    'backups.list': async () => ({ items: m.backups.list() }),
    'backups.create': () => m.backups.create('manual'),
    'backups.restore': (input, actor) => m.backups.restore(actor, input.name),
    'backups.delete': async (input) => {
      await m.backups.delete(input.name);
      return { ok: true as const };
    },
    'backups.download': async (input) => {
      const { item } = m.backups.fileOf(input.name);
      return { fileName: item.name, sizeBytes: item.sizeBytes };
    },
    'backups.settings': async () => m.backups.settings(),
    'backups.setFolder': async (input) => m.backups.setFolder(input.folder),
    // The database opened, so this is not recovery mode (src-main/recovery/ answers these when it is).
    'backups.recovery': async () => ({ damaged: false, reason: null, newest: null, canRestore: false }),
    'backups.recoveryRestore': async () => {
      throw new AppError('RULE', 'backups.notInRecovery');
    },
  }) satisfies RouterSlice<'backups'>;
