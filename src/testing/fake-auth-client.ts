import { AuthStore } from '../auth/auth-store.js';
import type {
  AuthAccount,
  AuthChange,
  AuthClient,
  AuthFailure,
  AuthListener,
  AuthState,
  SignInOptions,
  SignInOutcome,
} from '../auth/types.js';

/** A sample customer account. */
export const CAMILLE: AuthAccount = { id: 'camille-1', name: 'Camille Martin', username: 'camille.martin@example.fr' };

/**
 * An {@link AuthClient} without Microsoft, for the tests and stories of pages that use the
 * elements: `signIn()` stays `interacting` until the test calls `completeSignIn()` or
 * `failSignIn()`, and then resolves with that outcome. Install it with
 * `setAuthClient(new FakeAuthClient())`.
 */
export class FakeAuthClient implements AuthClient {
  readonly signIns: SignInOptions[] = [];
  starts = 0;
  signOuts = 0;
  cancellations = 0;
  private readonly store: AuthStore;
  private pending?: { initiator?: string; resolve: (outcome: SignInOutcome) => void };

  constructor(initial: AuthState = { status: 'signed-out' }) {
    this.store = new AuthStore(initial);
  }

  get listenerCount(): number {
    return this.store.listenerCount;
  }

  getState(): AuthState {
    return this.store.current;
  }

  subscribe(listener: AuthListener): () => void {
    return this.store.subscribe(listener);
  }

  start(): void {
    this.starts++;
  }

  signIn(options: SignInOptions = {}): Promise<SignInOutcome> {
    if (this.store.current.status === 'interacting') return Promise.resolve({ kind: 'busy' });
    this.signIns.push(options);
    this.store.interact();
    return new Promise((resolve) => (this.pending = { initiator: options.initiator, resolve }));
  }

  /** The sign-in under way succeeds (or, without one, a session arrives as from another tab). */
  completeSignIn(account: AuthAccount = CAMILLE): void {
    const initiator = this.take({ kind: 'signed-in', account });
    this.store.settle(
      { status: 'signed-in', account },
      { kind: 'signed-in', account, ...(initiator && { initiator }) },
    );
  }

  /** The sign-in under way fails (or, without one, a failure arrives that no element caused). */
  failSignIn(failure: AuthFailure): void {
    this.store.fail(failure, this.take({ kind: 'failed', failure }));
  }

  /** The provider ends the session, as when its refresh token expires or is revoked: signed out, with `session_ended`. */
  endSession(): void {
    this.store.settle({ status: 'signed-out' });
    this.store.fail({ code: 'session_ended' });
  }

  cancelInteraction(): void {
    this.cancellations++;
    this.take({ kind: 'abandoned' });
    this.store.restore();
  }

  signOut(): Promise<void> {
    this.signOuts++;
    this.store.settle({ status: 'signed-out' }, { kind: 'signed-out' });
    return Promise.resolve();
  }

  getAccessToken(): Promise<string> {
    return Promise.resolve('fake-access-token');
  }

  dismissFailure(): void {
    this.store.dismissFailure();
  }

  /** Sets a state as the provider or another tab would. */
  settle(state: AuthState, change?: AuthChange): void {
    this.store.settle(state, change);
  }

  private take(outcome: SignInOutcome): string | undefined {
    const pending = this.pending;
    this.pending = undefined;
    pending?.resolve(outcome);
    return pending?.initiator;
  }
}
