import type { Migration } from 'kysely';
import * as m0001 from './0001-init';
import * as m0002 from './0002-leads';
import * as m0003 from './0003-catalog-trials';
import * as m0004 from './0004-outbox';
import * as m0005 from './0005-login-throttle';
import * as m0006 from './0006-name-search-keys';
import * as m0007 from './0007-next-call';
import * as m0008 from './0008-messages-leave-scheduler';
import * as m0009 from './0009-telegram';
import * as m0010 from './0010-imports';
import * as m0011 from './0011-sheets-import';
import * as m0012 from './0012-kpi';
import * as m0013 from './0013-import-speed';

/** Listed statically so the bundled desktop app needs no file-system scan. Append only. */
export const migrations: Record<string, Migration> = {
  '0001-init': m0001,
  '0002-leads': m0002,
  '0003-catalog-trials': m0003,
  '0004-outbox': m0004,
  '0005-login-throttle': m0005,
  '0006-name-search-keys': m0006,
  '0007-next-call': m0007,
  '0008-messages-leave-scheduler': m0008,
  '0009-telegram': m0009,
  '0010-imports': m0010,
  '0011-sheets-import': m0011,
  '0012-kpi': m0012,
  '0013-import-speed': m0013,
};
