/** Where the sign-in stands, for every element on the page at once. */
export type AuthStatus = 'initializing' | 'signed-out' | 'interacting' | 'signed-in' | 'error';

/** The signed-in account, as much as the elements need to show it. */
export interface AuthAccount {
  /** Stable identifier of the account in the cache (MSAL's `homeAccountId`). */
  readonly id: string;
  /** Display name; may be empty. */
  readonly name: string;
  /** The sign-in name, usually the customer's email address. */
  readonly username: string;
}

/**
 * What went wrong, reduced to codes: no error message text is kept, since identity providers
 * put email addresses and other personal data in them.
 */
export interface AuthFailure {
  /** MSAL's `errorCode` (`user_cancelled`, `interaction_required`…) or one of the library's own. */
  readonly code: string;
  /** The AADSTS number of a Microsoft Entra server error (`50076`), when there is one. */
  readonly aadsts?: string;
  /** MSAL's correlation id, which support staff can look up; not personal data. */
  readonly correlationId?: string;
}

export interface AuthState {
  readonly status: AuthStatus;
  readonly account?: AuthAccount;
  /** Set when `status` is `error`. */
  readonly failure?: AuthFailure;
}

/** How sign-in happens: a full-page redirect (the default) or a popup window. */
export type InteractionMode = 'redirect' | 'popup';

export interface SignInOptions {
  /** Prefills the email address on Microsoft's page. */
  loginHint?: string;
  /** Page to land on after a redirect sign-in; ignored unless it is on this page's origin. */
  returnUrl?: string;
  /** Overrides the configured interaction for this sign-in. */
  interaction?: InteractionMode;
  /** `login` forces the password, `create` opens account creation where the authority supports it. */
  prompt?: 'login' | 'select_account' | 'consent' | 'create';
  /**
   * Who asks (an element's tag name, say): the outcome is reported with it, also after a
   * redirect, so that only the element that started a sign-in speaks of its failure.
   */
  initiator?: string;
}

/** How one `signIn()` call ended, for the caller alone. */
export type SignInOutcome =
  | { readonly kind: 'signed-in'; readonly account: AuthAccount }
  | { readonly kind: 'failed'; readonly failure: AuthFailure }
  /** The page is leaving for Microsoft's: the outcome arrives with the page that comes back. */
  | { readonly kind: 'redirecting' }
  /** Another sign-in was under way (here or in another tab); this call changed nothing. */
  | { readonly kind: 'busy' }
  /** The customer cancelled this attempt to start another one. */
  | { readonly kind: 'abandoned' };

/** A change that the user's action or the identity provider caused (not a restored session). */
export type AuthChange = (
  | { readonly kind: 'signed-in'; readonly account: AuthAccount }
  | { readonly kind: 'signed-out' }
  | { readonly kind: 'failed'; readonly failure: AuthFailure }
) & {
  /** The `initiator` of the sign-in that caused it; absent for sessions followed from other tabs. */
  readonly initiator?: string;
};

export type AuthListener = (state: AuthState, change?: AuthChange) => void;

/**
 * The boundary between the elements and Microsoft sign-in. The MSAL adapter implements it; tests
 * and hosts with their own sign-in may provide another implementation.
 */
export interface AuthClient {
  /** The current state; `initializing` until `start()` has found out. */
  getState(): AuthState;
  /** Calls `listener` on every state change until the returned function is called. */
  subscribe(listener: AuthListener): () => void;
  /**
   * Finds out whether someone is signed in. Cheap when nobody is and no sign-in response is
   * pending: MSAL is only loaded when needed. Idempotent.
   */
  start(): void;
  /**
   * Starts an interactive sign-in and resolves with this call's own outcome: when it ends
   * (popup), or when the page is about to leave (redirect). Never rejects.
   */
  signIn(options?: SignInOptions): Promise<SignInOutcome>;
  /**
   * Gives up the interaction under way in this tab (a popup or a redirect that does not answer,
   * or another tab's that was abandoned), so that a new one can start at once.
   */
  cancelInteraction(): void;
  signOut(): Promise<void>;
  /**
   * An access token for `scopes` (the configured ones by default), from the cache or renewed
   * silently. Never leaves the page: when the provider ended the session it rejects with the code
   * `session_ended`, and the elements offer to sign in again.
   */
  getAccessToken(scopes?: readonly string[]): Promise<string>;
  /** Leaves the `error` status for the state before it, so that the user can try again. */
  dismissFailure(): void;
}
