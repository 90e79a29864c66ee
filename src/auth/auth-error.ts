import type { AuthFailure } from './types.js';

/** Thrown by the auth boundary: a failure reduced to codes, safe to log. */
export class BtAuthError extends Error {
  readonly errorCode: string;
  constructor(readonly failure: AuthFailure) {
    super(`Sign-in failed: ${failure.code}`);
    this.name = 'BtAuthError';
    this.errorCode = failure.code;
  }
}

/** Rejects with `timed_out` when `promise` has not settled within `ms`, so that nothing hangs. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BtAuthError({ code: 'timed_out' })), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const SAFE_CODE = /^[a-z0-9_]{1,64}$/;

/**
 * Reduces any thrown value (MSAL's `AuthError` and subclasses, a failed module load, our own
 * failures) to codes. Error messages are dropped: they may hold an email address.
 */
export function toAuthFailure(error: unknown): AuthFailure {
  if (error instanceof BtAuthError) return error.failure;
  const source = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const declared = text(source.errorCode || source.code).toLowerCase();
  const code = SAFE_CODE.test(declared) ? declared : 'unknown_error';
  const number = typeof source.errorNo === 'number' ? String(source.errorNo) : text(source.errorNo || source.aadsts);
  const aadsts = /^\d{4,7}$/.exec(number)?.[0] ?? /AADSTS(\d{4,7})/.exec(text(source.errorMessage))?.[1];
  const correlationId = /^[\w-]{1,64}$/.exec(text(source.correlationId))?.[0];
  return { code, ...(aadsts && { aadsts }), ...(correlationId && { correlationId }) };
}
