/** Error codes that cross every transport as `{ code, message, details }`. */
export const ERROR_HTTP_STATUS = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RULE: 422,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  /** A client desktop cannot reach its primary. */
  UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_HTTP_STATUS;

/** Message parameters; a list holds message keys rendered and joined by the translator. */
export type MsgParams = Record<string, string | number | string[]>;

export interface FieldIssue {
  /** Dotted path of the input field, e.g. `workDays.0`. */
  path: string;
  /** i18n key of the problem. */
  key: string;
  params?: MsgParams;
  /** Rendered text of `key`, filled in by the transport. */
  message?: string;
}

export interface ErrorDetails {
  /** i18n key of `message`, so a client can render it in its own language. */
  key: string;
  params?: MsgParams;
  fields?: FieldIssue[];
  [extra: string]: unknown;
}

/** What travels over the wire. `message` is already rendered in the caller's language. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details: ErrorDetails;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: string,
    readonly params: MsgParams = {},
    readonly extra: Omit<ErrorDetails, 'key' | 'params'> = {},
  ) {
    super(key);
    this.name = 'AppError';
  }

  get details(): ErrorDetails {
    return { key: this.key, params: this.params, ...this.extra };
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** Client side: an error body received from a transport. */
export class RpcError extends Error {
  constructor(readonly body: ErrorBody) {
    super(body.message);
    this.name = 'RpcError';
  }
  get code(): ErrorCode {
    return this.body.code;
  }
}

/**
 * A bad value in one input field: the form shows the message under that field. A generic field
 * problem (`field.required`, `field.invalid`) reads "check the data" as the error's own message.
 */
export function fieldError(path: string, key: string, params?: MsgParams, code: ErrorCode = 'VALIDATION'): AppError {
  const field: FieldIssue = params ? { path, key, params } : { path, key };
  return new AppError(code, key.startsWith('field.') ? 'error.validation' : key, params ?? {}, { fields: [field] });
}
