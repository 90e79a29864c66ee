import type {
  AuthAccount,
  AuthChange,
  AuthClient,
  AuthFailure,
  AuthListener,
  AuthState,
  SignInOptions,
} from '../auth/types.js';

/** A sample customer account. */
export const CAMILLE: AuthAccount = { id: 'camille-1', name: 'Camille Martin', username: 'camille.martin@example.fr' };

/**
 * An {@link AuthClient} without Microsoft, for the tests and stories of pages that use the
 * elements: `signIn()` stays `interacting` until the test calls `completeSignIn()` or
 * `failSignIn()`. Install it with `setAuthClient(new FakeAuthClient())`.
 */
export class FakeAuthClient implements AuthClient {
  readonly signIns: SignInOptions[] = [];
  starts = 0;
  signOuts = 0;
  private state: AuthState;
  private settled: AuthState;
  private readonly listeners = new Set<AuthListener>();

  constructor(initial: AuthState = { status: 'signed-out' }) {
    this.state = initial;
    this.settled = initial;
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  getState(): AuthState {
    return this.state;
  }

  subscribe(listener: AuthListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    this.starts++;
  }

  signIn(options: SignInOptions = {}): Promise<void> {
    if (this.state.status === 'interacting') return Promise.resolve();
    this.signIns.push(options);
    this.set({ status: 'interacting' });
    return Promise.resolve();
  }

  completeSignIn(account: AuthAccount = CAMILLE): void {
    this.settle({ status: 'signed-in', account }, { kind: 'signed-in', account });
  }

  failSignIn(failure: AuthFailure): void {
    this.set({ status: 'error', failure }, { kind: 'failed', failure });
  }

  signOut(): Promise<void> {
    this.signOuts++;
    this.settle({ status: 'signed-out' }, { kind: 'signed-out' });
    return Promise.resolve();
  }

  getAccessToken(): Promise<string> {
    return Promise.resolve('fake-access-token');
  }

  dismissFailure(): void {
    if (this.state.status === 'error') this.set(this.settled);
  }

  /** Sets a state as the provider or another tab would. */
  settle(state: AuthState, change?: AuthChange): void {
    this.settled = state;
    this.set(state, change);
  }

  private set(state: AuthState, change?: AuthChange) {
    this.state = state;
    for (const listener of [...this.listeners]) listener(state, change);
  }
}
