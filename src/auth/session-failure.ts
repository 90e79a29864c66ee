/**
 * A failure raised by the MSAL driver, which is loaded on demand: a code only, turned into a
 * `BtAuthError` by `MsalAuthClient`. The driver has its own class so that it imports nothing the
 * elements also load at first render: bundlers that split shared modules into chunks of their own
 * (esbuild, so Angular) would otherwise make every page fetch one more file before any element runs.
 */
export class SessionFailure extends Error {
  constructor(readonly errorCode: string) {
    super(`Sign-in failed: ${errorCode}`);
    this.name = 'SessionFailure';
  }
}
