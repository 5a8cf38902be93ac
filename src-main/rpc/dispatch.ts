import { contract, isMethodName } from '../../src-shared/contract/api';
import type { MethodDef } from '../../src-shared/contract/method';
import { AppError, isAppError, RpcError, type ErrorBody } from '../../src-shared/contract/errors';
import { translate, type Lang } from '../../src-shared/i18n/index';
import type { Logger } from '../logger';
import type { AuthService } from '../modules/auth/auth.service';
import type { Actor } from '../modules/context';
import type { Router } from './router';
import { databaseError, isDiskFull } from '../db/transaction';
import { runWithCall } from './call-origin';
import { validationError } from './validation';

export interface CallMeta {
  token: string | null;
  /** The calling window, told back in the events this call causes (see call-origin.ts). */
  origin?: string;
  /** The caller's address (HTTP: the socket's; IPC: 'local'). */
  clientIp?: string;
  /** The session of `token` when the transport already resolved it (HTTP does, before reading the body). */
  actor?: Actor;
}

export type Dispatch = (method: string, input: unknown, meta: CallMeta) => Promise<unknown>;

/**
 * The only door into the core: known method → signed in → role allowed → input parsed → service →
 * output parsed (which also strips anything not in the contract, e.g. a password hash).
 */
export function createDispatch(router: Router, auth: AuthService): Dispatch {
  return async (method, rawInput, meta) => {
    if (!isMethodName(method))
      throw new AppError('NOT_FOUND', 'error.unknownMethod', { method: String(method).slice(0, 60) });
    const def: MethodDef = contract[method];
    let actor: Actor | null = null;
    if (def.access !== 'public') {
      actor = meta.actor ?? (await auth.resolve(meta.token));
      if (def.access !== 'user' && !def.access.includes(actor.role)) throw new AppError('FORBIDDEN', 'error.forbidden');
    }
    const parsed = def.input.safeParse(rawInput ?? {});
    if (!parsed.success) throw validationError(parsed.error);
    // Access was checked above: the handler gets a signed-in actor for every method that is not public.
    const handler = router[method] as (input: unknown, actor: Actor | null) => Promise<unknown>;
    const result = await runWithCall({ origin: meta.origin, clientIp: meta.clientIp }, () =>
      handler(parsed.data, actor),
    );
    return def.output.parse(result);
  };
}

/** Any thrown thing → the wire shape, rendered in the caller's language. Unknown errors are logged, not leaked. */
export function toErrorBody(raw: unknown, lang: Lang, log: Logger, method?: string): ErrorBody {
  if (raw instanceof RpcError) return raw.body; // already rendered by a primary (client mode)
  if (isDiskFull(raw)) log.error('disk full', { method });
  const err = databaseError(raw);
  if (isAppError(err)) {
    const details = err.details;
    if (details.fields)
      details.fields = details.fields.map((f) => ({ ...f, message: translate(lang, f.key, f.params) }));
    return { code: err.code, message: translate(lang, err.key, err.params), details };
  }
  log.error('internal error', {
    method,
    error: err instanceof Error ? `${err.name}: ${err.message}\n${err.stack}` : String(err),
  });
  return { code: 'INTERNAL', message: translate(lang, 'error.internal'), details: { key: 'error.internal' } };
}
