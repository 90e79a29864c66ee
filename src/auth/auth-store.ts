import type { AuthChange, AuthFailure, AuthListener, AuthState } from './types.js';

/**
 * The shared state of an auth client and its listeners: the one place a state changes. Both
 * `MsalAuthClient` and `FakeAuthClient` keep their state here.
 */
export class AuthStore {
  private state: AuthState;
  /** The last state that was neither an error nor an interaction, restored by `dismissFailure`. */
  private settled: AuthState;
  private readonly listeners = new Set<AuthListener>();

  constructor(initial: AuthState = { status: 'initializing' }) {
    this.state = initial;
    this.settled =
      initial.status === 'signed-in' || initial.status === 'signed-out' ? initial : { status: 'signed-out' };
  }

  get current(): AuthState {
    return this.state;
  }

  /** The account of the last settled state (kept while an interaction or a failure shows). */
  get settledAccount() {
    return this.settled.account;
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  subscribe(listener: AuthListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A lasting state: signed in or signed out. */
  settle(state: AuthState, change?: AuthChange): void {
    this.settled = state;
    this.set(state, change);
  }

  /** An interaction under way; the account shown so far stays. */
  interact(): void {
    this.set({ status: 'interacting', ...(this.settled.account && { account: this.settled.account }) });
  }

  fail(failure: AuthFailure, initiator?: string): void {
    this.set(
      { status: 'error', failure, ...(this.settled.account && { account: this.settled.account }) },
      { kind: 'failed', failure, ...(initiator && { initiator }) },
    );
  }

  /** The customer closed the problem: back to the last lasting state. */
  dismissFailure(): void {
    if (this.state.status === 'error') this.restore();
  }

  /** Back to the last lasting state, without a change to announce (a failure dismissed, an attempt given up). */
  restore(): void {
    if (this.state !== this.settled) this.set(this.settled);
  }

  private set(state: AuthState, change?: AuthChange) {
    this.state = state;
    for (const listener of [...this.listeners]) listener(state, change);
  }
}
