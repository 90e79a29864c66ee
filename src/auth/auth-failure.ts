import type { AuthFailure } from './types.js';

const SAFE_CODE = /^[a-z0-9_]{1,64}$/;

/**
 * Reduces any thrown value (MSAL's `AuthError` and subclasses, a failed module load, our own
 * failures) to codes. Error messages are dropped: they may hold an email address.
 */
export function toAuthFailure(error: unknown): AuthFailure {
  // A BtAuthError, known by its name: this module, loaded with MSAL, imports nothing the first load has.
  if (error instanceof Error && error.name === 'BtAuthError' && 'failure' in error) return error.failure as AuthFailure;
  const source = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const declared = text(source.errorCode || source.code).toLowerCase();
  const code = SAFE_CODE.test(declared) ? declared : 'unknown_error';
  const number = typeof source.errorNo === 'number' ? String(source.errorNo) : text(source.errorNo || source.aadsts);
  const aadsts = /^\d{4,7}$/.exec(number)?.[0] ?? /AADSTS(\d{4,7})/.exec(text(source.errorMessage))?.[1];
  const correlationId = /^[\w-]{1,64}$/.exec(text(source.correlationId))?.[0];
  return { code, ...(aadsts && { aadsts }), ...(correlationId && { correlationId }) };
}
