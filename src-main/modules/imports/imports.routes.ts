import type { RouterSlice } from '../../rpc/router';
import type { Modules } from '../index';

export const importsRoutes = (m: Modules) =>
  ({
    'imports.preview': (input, actor) => m.imports.preview(actor, input),
    'imports.previewSheets': (input, actor) => m.imports.previewSheets(actor, input),
    'imports.commit': (input, actor) => m.imports.commit(actor, input),
    'imports.report': (input, actor) => m.imports.report(actor, input),
  }) satisfies RouterSlice<'imports'>;
