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
