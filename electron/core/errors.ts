import {
  DEFAULT_ERROR_KEYS,
  type ErrorCode,
  type FieldIssue,
  type IpcError,
  type MessageParams,
} from '../../shared/ipc/envelope';

/**
 * The only error core code throws on purpose. The dispatcher turns it into an envelope; anything
 * else becomes INTERNAL with no detail, so stack traces and row data never reach the renderer.
 * Messages are i18n keys: keep names, ids and clinical text out of `params`.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly key: string;
  readonly params: MessageParams | undefined;
  readonly issues: readonly FieldIssue[] | undefined;

  constructor(
    code: ErrorCode,
    opts: { key?: string; params?: MessageParams; issues?: readonly FieldIssue[] } = {},
  ) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.key = opts.key ?? DEFAULT_ERROR_KEYS[code];
    this.params = opts.params;
    this.issues = opts.issues;
  }

  toIpc(): IpcError {
    return {
      code: this.code,
      key: this.key,
      ...(this.params ? { params: this.params } : {}),
      ...(this.issues ? { issues: this.issues } : {}),
    };
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
