import type { Migration } from 'kysely';
import * as m0001 from './0001-init';
import * as m0002 from './0002-leads';

/** Listed statically so the bundled desktop app needs no file-system scan. Append only. */
export const migrations: Record<string, Migration> = {
  '0001-init': m0001,
  '0002-leads': m0002,
};
