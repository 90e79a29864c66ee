import type { AuthStore } from './auth-store.js';
import type { AuthConfig } from './config.js';
import type { InteractionRequest, MsalSession, SessionEvent } from './msal-session.js';
import type { AuthAccount, AuthFailure, AuthStatus, SignInOptions, SignInOutcome } from './types.js';

/** What the tabs of an origin tell each other. */
export type TabMessage =
  | { type: 'signed-in'; hint?: string }
  | { type: 'signed-out' }
  /** A tab just opened asks whether another one holds a session. */
  | { type: 'who-is-signed-in' };

/** The interaction under way in this tab. Aborting its controller gives it up (the lock with it). */
export interface Interaction {
  readonly kind: 'sign-in' | 'sign-out';
  readonly controller: AbortController;
  readonly initiator?: string;
  /** A redirect has started to leave the page. */
  leaving?: boolean;
  onLeaving?: () => void;
  stopWatching?: () => void;
}

/**
 * What {@link MsalInteractions} shares with the `MsalAuthClient` that loaded it: the state, the
 * interaction under way, the other tabs (a module loaded on demand imports nothing the first load
 * has: see scripts/check-first-load.mjs).
 */
export interface ClientLink {
  readonly config: AuthConfig;
  readonly store: AuthStore;
  current(): Interaction | undefined;
  /** Ends `interaction` if it is still this tab's, with `failure` shown when given. */
  end(interaction: Interaction, failure?: AuthFailure): void;
  /** Tells the other tabs of this origin. */
  tell(message: TabMessage): void;
  /** What went wrong, as codes (the first load has it: the package's index exports it too). */
  toFailure(error: unknown): AuthFailure;
}

/** What a sign-in took from the moment it was asked for (see `MsalAuthClient.signIn`). */
export interface SignInStart {
  readonly replacing: boolean;
  readonly uiLocales: string;
  /** The page to come back to. */
  readonly returnUrl: string;
}

/**
 * What `MsalAuthClient` does once MSAL is loaded, loaded with it: runs the interactions through
 * the MSAL driver ({@link MsalSession}), decides what its outcomes and events mean for the state,
 * follows the other tabs' sessions and keeps the signed-in session alive. The client keeps only
 * what a page needs before anyone signs in.
 */
export class MsalInteractions {
  /** Stops renewing the signed-in session's tokens. */
  private stopRenewal?: () => void;
  /** Whose session the provider ended: signing in again keeps the page (a popup) and their address. */
  private ended?: AuthAccount;

  constructor(
    readonly session: MsalSession,
    private readonly link: ClientLink,
  ) {}

  /** Signs in; rejections are the client's to report (as for a failure to load MSAL). */
  async signIn(interaction: Interaction, options: SignInOptions, start: SignInStart): Promise<SignInOutcome> {
    const { link, session, ended } = this;
    const { returnUrl } = start;
    const request: InteractionRequest = {
      loginHint: options.loginHint ?? ended?.username,
      prompt: options.prompt,
      replacing: start.replacing,
      signal: interaction.controller.signal,
      uiLocales: start.uiLocales,
    };
    const left = new Promise<undefined>((resolve) => (interaction.onLeaving = () => resolve(undefined)));
    // After a session ended, a popup: the page and what the customer was doing in it stay.
    const popup = (options.interaction ?? (ended ? 'popup' : link.config.interaction)) === 'popup';
    // A redirect, or a popup that the browser blocked and that fell back to one.
    const work = popup ? session.signInPopup(request, returnUrl) : session.signInRedirect(request, returnUrl);
    // Once the page is leaving, its outcome is `redirecting`; a page that then cannot leave (the
    // provider holds the navigation) fails after the deadline.
    work.catch((error: unknown) => interaction.leaving && link.end(interaction, link.toFailure(error)));
    const account = await Promise.race([work, left]);
    if (!account) return { kind: 'redirecting' };
    if (link.current() !== interaction) return { kind: 'abandoned' };
    this.signedIn(account, options.initiator, true);
    link.end(interaction);
    if (options.returnUrl && returnUrl !== location.href) location.assign(returnUrl);
    return { kind: 'signed-in', account };
  }

  /** Signs out; rejections are the client's to report. */
  async signOut(interaction: Interaction): Promise<void> {
    await this.session.signOut(interaction.controller.signal);
    this.link.end(interaction);
    // Offline, MSAL only cleared its cache: no sign-out event told the other tabs yet.
    this.signedOut(this.link.store.current.status !== 'signed-out');
  }

  /**
   * The client ended `interaction`. A navigation the provider held or that was abandoned must
   * neither complete later nor count as a departure when the page loads again.
   */
  release(interaction: Interaction): void {
    interaction.stopWatching?.();
    if (interaction.leaving) {
      globalThis.stop?.();
      this.session.stayed();
    }
  }

  /** The page's arrival: back from Microsoft, interrupted on the way, or a session kept in the cache. */
  async arrive(): Promise<void> {
    const { session, link } = this;
    const { store } = link;
    const { account, returned, departure, error } = await session.arrive();
    const initiator = departure?.initiator;
    if (returned && account) return this.signedIn(account, initiator, true);
    if (link.current()) return; // a click while MSAL loaded: that interaction decides
    if (account) {
      this.renewWhileOpen();
      return store.settle({ status: 'signed-in', account });
    }
    store.settle({ status: 'signed-out' });
    if (error) store.fail(this.link.toFailure(error), initiator);
    // This tab left for Microsoft's page and came back without an answer: reloaded while the
    // answer was being redeemed, or back from Microsoft's page with the Back button.
    else if (departure) store.fail({ code: 'interaction_interrupted' }, initiator);
    else session.forgetLeftovers();
  }

  /**
   * The provider ended the session (its refresh token expired or was revoked): the customer is
   * told, and signs in again from the page they are on. Not a sign-out: no `signed-out` change,
   * and other tabs are not told (theirs ends by itself, or follows this tab's new sign-in).
   */
  async sessionEnded(failure: AuthFailure): Promise<void> {
    const { link } = this;
    const { store } = link;
    const account = store.settledAccount;
    this.stopRenewal?.();
    // An interaction under way (a sign-out, another account) decides the state itself.
    if (!account || link.current() || this.ended) return;
    this.ended = account;
    // First, so that MSAL's account change on the way is not read as a session that goes on.
    await this.session.forgetEnded().catch(() => undefined);
    const now = store.settledAccount;
    if (link.current() || (now && now.id !== account.id)) return;
    store.settle({ status: 'signed-out' });
    store.fail(failure);
  }

  /** Another tab spoke while this one has an account. */
  heard(message: TabMessage | undefined, status: AuthStatus): void {
    if (message?.type === 'signed-out' && status !== 'interacting') {
      void this.session
        .forget()
        .then(() => this.signedOut(false))
        .catch(() => undefined);
    }
    if (message?.type === 'who-is-signed-in') {
      this.link.tell({ type: 'signed-in', hint: this.link.store.settledAccount?.username });
    }
  }

  /** Another tab signed in: follow silently, with the account's hint, through the provider's session. */
  async follow(hint: string | undefined): Promise<void> {
    const account = await this.session.follow(hint);
    if (account) this.signedIn(account, undefined, false);
  }

  /** The client is replaced: stop renewing. */
  dispose(): void {
    this.stopRenewal?.();
  }

  onSessionEvent(event: SessionEvent): void {
    const interaction = this.link.current();
    switch (event.type) {
      case 'signed-out':
        // MSAL forgot this tab's tokens: other tabs hear of it now, before Microsoft's page.
        return this.signedOut(true);
      case 'leaving':
        if (!interaction) return;
        interaction.leaving = true;
        // Recorded as the page really leaves, so that the page that comes back knows who asked.
        if (interaction.kind === 'sign-in') this.session.departing(interaction.initiator);
        return interaction.onLeaving?.();
      case 'popup-opened':
        if (!interaction) return;
        interaction.stopWatching?.();
        interaction.stopWatching = this.session.watchPopup(event.popup, () => this.closedByCustomer(interaction));
        return;
      case 'account-changed':
        // Back from Microsoft's page through the back-forward cache: the redirect was abandoned.
        if (interaction?.leaving) this.closedByCustomer(interaction);
        else if (!interaction) this.syncFromCache();
    }
  }

  private signedIn(account: AuthAccount, initiator: string | undefined, announce: boolean) {
    this.ended = undefined;
    this.renewWhileOpen();
    this.link.store.settle(
      { status: 'signed-in', account },
      { kind: 'signed-in', account, ...(initiator && { initiator }) },
    );
    if (announce) this.link.tell({ type: 'signed-in' });
  }

  private signedOut(announce: boolean) {
    const { link } = this;
    const { store } = link;
    this.ended = undefined;
    this.stopRenewal?.();
    if (announce) link.tell({ type: 'signed-out' });
    if (store.current.status !== 'signed-out') store.settle({ status: 'signed-out' }, { kind: 'signed-out' });
    if (!link.current()) this.session.forgetLeftovers();
  }

  /** Renews the session's tokens while the page is open; a host's own MSAL client renews its own. */
  private renewWhileOpen() {
    this.stopRenewal?.();
    if (!this.link.config.msalInstance) {
      this.stopRenewal = this.session.keepAlive((over) => void this.sessionEnded(this.link.toFailure(over)));
    }
  }

  /** The customer closed the popup, or came back with Back: a cancelled sign-in; a sign-out just ends. */
  private closedByCustomer(interaction: Interaction) {
    const failure = interaction.kind === 'sign-in' ? { code: 'user_cancelled' } : undefined;
    this.link.end(interaction, failure);
    interaction.controller.abort(failure?.code ?? 'abandoned');
  }

  private syncFromCache() {
    const account = this.session.currentAccount();
    const { store } = this.link;
    const current = store.current;
    if (account?.id === current.account?.id && current.status !== 'initializing') return;
    store.settle(account ? { status: 'signed-in', account } : { status: 'signed-out' });
  }
}
