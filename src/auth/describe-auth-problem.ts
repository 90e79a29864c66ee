import { toAuthFailure } from './auth-error.js';
import { describeFailure, type AuthProblem } from './describe-problem.js';

/**
 * Describes any sign-in error (MSAL's, the library's, or an `AuthFailure`) in the active locale:
 * a title, what happened, and what the user can do next. Error messages are never quoted: they
 * may hold personal data. Call it when rendering, so that the text follows locale changes.
 */
export function describeAuthProblem(error: unknown): AuthProblem {
  return describeFailure(toAuthFailure(error));
}
