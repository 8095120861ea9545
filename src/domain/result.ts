/** Expected failures travel as values; HTTP maps each code to a status. */
export type FailureCode = 'bad_request' | 'unauthorized' | 'forbidden' | 'not_found' | 'conflict';
export interface Failure {
  code: FailureCode;
  message: string;
  /** The input field at fault, when there is one. */
  field?: string;
  /** On a conflict: the latest version of the entity. */
  current?: unknown;
}
export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(
  code: FailureCode,
  message: string,
  extra: Omit<Failure, 'code' | 'message'> = {},
): Result<T> => ({
  ok: false,
  error: { code, message, ...extra },
});
