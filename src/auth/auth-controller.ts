import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { authClientContext } from './context.js';
import { warnOnce } from '../internal/dev-warning.js';
import { whenTaskFree } from '../internal/turns.js';
import { getAuthClient, onAuthClientChange } from './registry.js';
import type {
  AuthAccount,
  AuthChange,
  AuthClient,
  AuthFailure,
  AuthState,
  AuthStatus,
  SignInOptions,
  SignInOutcome,
} from './types.js';

const NOT_CONFIGURED: AuthState = { status: 'error', failure: { code: 'not_configured' } };

/**
 * Connects an element to the page's auth client: from the nearest `<bt-auth-provider>`, else
 * from `configureAuth()`. Keeps the element in step with every other element (and other tabs),
 * follows the network (offline, back online), and stops listening when the element disconnects.
 */
export class AuthController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof authClientContext, ReactiveControllerHost & HTMLElement>;
  private client?: AuthClient;
  private unsubscribe?: () => void;
  private stopWaiting?: () => void;
  private state: AuthState = { status: 'initializing' };
  /** False while the browser reports no network. */
  online = globalThis.navigator?.onLine ?? true;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Called on changes the user or the provider caused, not on a restored session. */
    private readonly onChange?: (change: AuthChange) => void,
  ) {
    // The consumer first: it asks for the provider's client before this controller falls back.
    this.consumer = new ContextConsumer(host, {
      context: authClientContext,
      subscribe: true,
      callback: (client) => this.attach(client),
    });
    host.addController(this);
  }

  get status(): AuthStatus {
    return this.state.status;
  }

  get account(): AuthAccount | undefined {
    return this.state.account;
  }

  /** What went wrong, as a code (`describeFailure()` gives the words). */
  get failure(): AuthFailure | undefined {
    return this.state.failure;
  }

  hostConnected(): void {
    addEventListener('online', this.onNetworkChange);
    addEventListener('offline', this.onNetworkChange);
    this.online = globalThis.navigator?.onLine ?? true;
    // Without a provider, follow configureAuth(), which the page may call after this element connects.
    this.stopWaiting = onAuthClientChange((client) => {
      if (!this.consumer.value) this.attach(client);
    });
    if (this.client) this.listen(this.client);
    else this.attach(this.consumer.value ?? getAuthClient());
  }

  hostDisconnected(): void {
    removeEventListener('online', this.onNetworkChange);
    removeEventListener('offline', this.onNetworkChange);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.stopWaiting?.();
    this.stopWaiting = undefined;
  }

  /** Signs in; resolves with this call's own outcome (see {@link SignInAction} for the elements' whole action). */
  signIn(options?: SignInOptions): Promise<SignInOutcome> {
    return this.client?.signIn(options) ?? Promise.resolve({ kind: 'failed', failure: NOT_CONFIGURED.failure! });
  }

  /** Gives up the interaction under way so that a new one can start. */
  cancelInteraction(): void {
    this.client?.cancelInteraction();
  }

  signOut(): Promise<void> {
    return this.client?.signOut() ?? Promise.resolve();
  }

  getAccessToken(scopes?: readonly string[]): Promise<string> {
    return this.client ? this.client.getAccessToken(scopes) : Promise.reject(new Error('Sign-in is not configured.'));
  }

  /** Leaves the error state, for a retry. */
  dismissProblem(): void {
    this.client?.dismissFailure();
  }

  private attach(client: AuthClient | undefined) {
    if (client === this.client && this.unsubscribe) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.client = client;
    if (!client) {
      if (import.meta.env.DEV) {
        warnOnce(
          this.host.localName,
          'has no sign-in configuration: wrap it in <bt-auth-provider> or call configureAuth().',
        );
      }
      this.state = NOT_CONFIGURED;
      this.host.requestUpdate();
      return;
    }
    if (this.host.isConnected) this.listen(client);
  }

  private listen(client: AuthClient) {
    this.unsubscribe?.();
    this.unsubscribe = client.subscribe((state, change) => {
      this.state = state;
      this.host.requestUpdate();
      if (change) this.onChange?.(change);
    });
    client.start();
    // A client started in a busy task reads its storage a task later (see MsalAuthClient.start):
    // until then the element keeps what it shows, rather than « Vérification… » for one task.
    whenTaskFree(() => {
      if (this.client !== client) return;
      this.state = client.getState();
      this.host.requestUpdate();
    });
  }

  private readonly onNetworkChange = () => {
    this.online = navigator.onLine;
    if (this.online && this.state.failure?.code === 'no_network_connectivity') this.client?.dismissFailure();
    this.host.requestUpdate();
  };
}
