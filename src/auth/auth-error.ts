// The auth boundary's errors, where the API and the tests take them. The first load imports them
// from bt-auth-error.ts and auth-failure.ts; the code loaded with MSAL imports neither (it is lent
// `toAuthFailure` by the client): a module that both reached would be put by some bundlers
// (Vite 8's) into the on-demand chunk, which every page importing the package's index would then
// load (see scripts/check-first-load.mjs and test/e2e/never-hangs.test.mjs).
export { BtAuthError, withTimeout } from './bt-auth-error.js';
export { toAuthFailure } from './auth-failure.js';
