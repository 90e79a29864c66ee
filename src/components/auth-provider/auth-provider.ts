import { css, html, LitElement } from 'lit';
import { ContextProvider } from '@lit/context';
import { authClientContext } from '../../auth/context.js';
import { AuthConfigError, type AuthConfigInput } from '../../auth/config.js';
import { configureAuth, isReplaceable } from '../../auth/registry.js';
import type { AuthAccount, AuthClient, AuthState, SignInOutcome } from '../../auth/types.js';
import type { IPublicClientApplication } from '@azure/msal-browser';
import { warnOnce } from '../../internal/dev-warning.js';

/** Stands in for the client when the configuration is wrong: every element shows the problem. */
class MisconfiguredAuthClient implements AuthClient {
  private readonly state: AuthState = { status: 'error', failure: { code: 'configuration_error' } };
  getState = () => this.state;
  subscribe = () => () => undefined;
  start = () => undefined;
  signIn = () => Promise.resolve<SignInOutcome>({ kind: 'failed', failure: { code: 'configuration_error' } });
  cancelInteraction = () => undefined;
  signOut = () => Promise.resolve();
  getAccessToken = () => Promise.reject(new Error('Sign-in is not configured.'));
  dismissFailure = () => undefined;
}

export interface BtAuthReadyDetail {
  /** The account signed in, restored from the session or back from Microsoft; undefined when nobody is. */
  readonly account?: AuthAccount;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bt-auth-ready': CustomEvent<BtAuthReadyDetail>;
  }
}

const list = (value: string) => value.split(/[\s,]+/).filter(Boolean);

/** The properties the client is built from. */
const CONFIGURATION = [
  'clientId',
  'authority',
  'redirectUri',
  'postLogoutRedirectUri',
  'knownAuthorities',
  'scopes',
  'interaction',
  'popupFallback',
  'protocolMode',
  'networkTimeout',
  'config',
  'msalInstance',
] as const;

/**
 * Configures Microsoft sign-in for the elements inside it, which share its one client. Renders
 * only its children. A wrong configuration is reported in the console, naming the attribute,
 * and the elements inside show that sign-in is unavailable. The client is built once `client-id`
 * (or `config`) is set, in the page's HTML or later by a framework's binding. Frameworks set
 * bindings one by one: until the client is first used (MSAL loaded for a sign-in or a session),
 * every change of the configuration rebuilds it, so an `authority` bound after `client-id` is
 * never lost. After that the configuration is kept, since a page has one sign-in client, and the
 * development build warns of a change. Until `client-id` is set, the elements inside say sign-in
 * is unavailable, and the development build warns.
 *
 * @summary Sign-in configuration for the elements inside it.
 *
 * @fires {CustomEvent<BtAuthReadyDetail>} bt-auth-ready - Once per page load, when sign-in knows whether someone is signed in (a session restored, back from Microsoft, or nobody): `detail.account`, undefined when signed out. The way to greet a customer whose session was restored.
 *
 * @slot - The elements that use sign-in, at any depth.
 */
export class BtAuthProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    clientId: { attribute: 'client-id' },
    authority: {},
    redirectUri: { attribute: 'redirect-uri' },
    postLogoutRedirectUri: { attribute: 'post-logout-redirect-uri' },
    knownAuthorities: { attribute: 'known-authorities' },
    scopes: {},
    interaction: {},
    popupFallback: { attribute: 'popup-fallback' },
    protocolMode: { attribute: 'protocol-mode' },
    networkTimeout: { type: Number, attribute: 'network-timeout' },
    config: { attribute: false },
    msalInstance: { attribute: false },
    client: { attribute: false },
  };

  /** Application (client) id registered with the identity provider. */
  clientId = '';

  /** Authority URL: `https://login.microsoftonline.com/<tenant>`, `https://<tenant>.ciamlogin.com/`, or any OIDC issuer with `protocol-mode="OIDC"`. */
  authority = '';

  /** The redirect bridge page on this origin (default `/redirect.html`). */
  redirectUri = '';

  /** Where Microsoft returns after signing out (default: the redirect bridge, which goes back to the page). */
  postLogoutRedirectUri = '';

  /** Further trusted authority hosts, space or comma separated (`localhost:8443`). */
  knownAuthorities = '';

  /** Scopes of the access tokens, space separated. */
  scopes = '';

  /** `redirect` (default) or `popup`. */
  interaction: 'redirect' | 'popup' = 'redirect';

  /** When a popup is blocked: `redirect` (default) continues in the page, `none` reports it. */
  popupFallback: 'redirect' | 'none' = 'redirect';

  /** `AAD` (default, Microsoft Entra and External ID) or `OIDC` (any OpenID Connect provider). */
  protocolMode: 'AAD' | 'OIDC' = 'AAD';

  /** Milliseconds each request to the provider may take before sign-in ends with a described problem (1000 to 120000; default 20000). */
  networkTimeout?: number;

  /**
   * The whole configuration as one object (`clientId`, `authority`, `protocolMode`…, as for
   * `configureAuth()`), set in one go from a framework; it wins over the attributes.
   */
  config?: AuthConfigInput;

  /**
   * The host's own MSAL client (`PublicClientApplication`, as `@azure/msal-react`'s `MsalProvider`
   * or `@azure/msal-angular`'s `MsalService` holds it), used instead of creating a second one: its
   * client id, authority and redirect page apply, and the elements follow its sign-ins.
   */
  msalInstance?: IPublicClientApplication;

  /**
   * An auth client to provide instead of configuring one from the attributes: a host's own
   * implementation of `AuthClient`, or a `FakeAuthClient` in tests and stories.
   */
  client?: AuthClient;

  private readonly provider = new ContextProvider(this, { context: authClientContext });
  private announced = false;
  private stopWatching?: () => void;

  override connectedCallback(): void {
    // Configured before the children connect and ask for the client, when the page wrote the
    // attributes; otherwise as soon as a framework binds `client-id` (the children follow).
    this.provideClient();
    // Back in the page before sign-in was known: it is still to be announced.
    if (this.provider.value && !this.stopWatching) this.watch(this.provider.value);
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Out of the page, the provider holds no listener on the page's client (which would keep it alive).
    this.unwatch();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('client') && this.client) this.provide(this.client);
    else if (!this.provider.value) this.provideClient();
    else if (!this.client && CONFIGURATION.some((key) => changed.has(key))) this.reconfigure();
  }

  /** A binding changed the configuration: rebuild the client, unless it is already in use. */
  private reconfigure() {
    const current = this.provider.value;
    if (current instanceof MisconfiguredAuthClient || isReplaceable(current)) {
      this.provide(this.createClient());
    } else if (import.meta.env.DEV) {
      warnOnce(this.localName, 'keeps the configuration sign-in already used: a page has one sign-in client.');
    }
  }

  protected override firstUpdated(): void {
    if (import.meta.env.DEV && !this.provider.value) {
      warnOnce(
        this.localName,
        'has no `client-id` yet: the elements inside say sign-in is unavailable until it is set.',
      );
    }
  }

  private provideClient() {
    if (this.provider.value) return;
    if (this.client) this.provide(this.client);
    else if (this.clientId || this.config || this.msalInstance) this.provide(this.createClient());
  }

  /** Provides `client` to the elements inside, and tells the host once whether someone is signed in. */
  private provide(client: AuthClient) {
    this.provider.setValue(client);
    if (this.isConnected) this.watch(client);
    else this.unwatch();
  }

  /**
   * Follows `client` until sign-in knows whether someone is signed in, then tells the host, once.
   * Once told, or out of the page, the provider no longer listens: a client rebuilt with the same
   * configuration (as every new provider of a single-page app's route does) must not keep it.
   */
  private watch(client: AuthClient) {
    this.unwatch();
    if (this.announced) return;
    const settled = (state: AuthState) => {
      if (this.announced || state.status === 'initializing' || state.status === 'interacting') return;
      this.announced = true;
      this.unwatch();
      const detail: BtAuthReadyDetail = { ...(state.account && { account: state.account }) };
      // After the current task: listeners added by the page's own scripts are there by then.
      setTimeout(() => this.dispatchEvent(new CustomEvent('bt-auth-ready', { detail, bubbles: true, composed: true })));
    };
    this.stopWatching = client.subscribe(settled);
    settled(client.getState());
  }

  private unwatch() {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  private createClient(): AuthClient {
    const input: AuthConfigInput = this.config ?? {
      clientId: this.clientId,
      ...(this.msalInstance && { msalInstance: this.msalInstance }),
      ...(this.authority && { authority: this.authority }),
      ...(this.redirectUri && { redirectUri: this.redirectUri }),
      ...(this.postLogoutRedirectUri && { postLogoutRedirectUri: this.postLogoutRedirectUri }),
      knownAuthorities: list(this.knownAuthorities),
      scopes: list(this.scopes),
      interaction: this.interaction,
      popupFallback: this.popupFallback,
      protocolMode: this.protocolMode,
      ...(this.networkTimeout !== undefined && { networkTimeoutMs: this.networkTimeout }),
    };
    try {
      return configureAuth(input);
    } catch (error) {
      // Throwing from an element's update would leave a broken page: report and show the problem.
      const field = error instanceof AuthConfigError ? ` (attribute for \`${error.field}\`)` : '';
      console.error(`<bt-auth-provider>${field}: ${(error as Error).message}`);
      return new MisconfiguredAuthClient();
    }
  }

  override render() {
    return html`<slot></slot>`;
  }
}
