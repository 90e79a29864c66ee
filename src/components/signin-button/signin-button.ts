import { adoptStyles, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { BtElement } from '../../internal/bt-element.js';
import { elide } from '../../internal/elision.js';
import type { AuthProblem, AuthProblemAction } from '../../auth/describe-problem.js';
import { SignInAction } from '../../auth/sign-in-action.js';
import type { AuthAccount, AuthChange, InteractionMode } from '../../auth/types.js';
import { signInActionStyles } from '../../styles/sign-in-action.js';
import { base, tokens } from '../../styles/tokens.js';
import { visuallyHidden } from '../../styles/visually-hidden.js';
import { signinButtonStyles } from './signin-button.styles.js';

export interface BtSignedInEventDetail {
  readonly account: AuthAccount;
}
export type { BtAuthErrorEventDetail } from '../../auth/sign-in-action.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'bt-signed-in': CustomEvent<BtSignedInEventDetail>;
    'bt-signed-out': CustomEvent<void>;
  }
}

// Problems that trying again from here cannot fix (configuration errors among them).
const NO_RETRY = new Set<AuthProblemAction>(['contact-support', 'use-activation-link']);

/**
 * Signs the customer in with Microsoft, then shows their account with a menu to sign out.
 * While Microsoft's page (or popup) is open the button stays focusable but busy; a second click
 * says that a sign-in is already under way. Problems are shown in plain words with what to do, in
 * a panel that opens under the button (a popover: it never moves the page). The password and the
 * codes are only ever typed on Microsoft's pages.
 *
 * Its box is the same in every state, from before it is defined to signed in: one line, of the
 * size its tokens set (`undefined.css` reserves it before the element is defined).
 *
 * @summary Sign-in button and account menu.
 *
 * @slot support - Shown inside the problem box with problems only customer service can solve (an account disabled, a
 *   page not configured): a `<bt-lost-phone-card purpose="contact" compact>` (drawn without a box of its own there), a link.
 *
 * @csspart base - The wrapper.
 * @csspart action - The main button: sign in, or the action that answers a problem.
 * @csspart problem-button - In place of the action when trying again cannot help: opens the problem panel.
 * @csspart account - The signed-in account button that opens the menu.
 * @csspart menu - The account menu.
 * @csspart sign-out - The sign-out button in the menu.
 * @csspart status - Live status line (busy, offline, already signing in); shown under the button offline and while signing in.
 * @csspart panel - The popover under the button that holds the problem.
 * @csspart close - The panel's close button.
 * @csspart problem - The problem box.
 *
 * @cssprop --bt-signin-button-inline-size - The button's width, the same in every state (default: `12.5rem`; with `compact`, the block size).
 * @cssprop --bt-signin-button-block-size - The button's height (default: `2.75rem`).
 * @cssprop --bt-signin-button-background - Button background (default: `--bt-color-primary`).
 * @cssprop --bt-signin-button-color - Button text (default: `--bt-color-on-primary`).
 * @cssprop --bt-signin-button-radius - Button corners (default: `--bt-radius-control`).
 *
 * @fires {CustomEvent<BtSignedInEventDetail>} bt-signed-in - A sign-in completed; `detail.account` has `name` and `username`.
 * @fires {CustomEvent<void>} bt-signed-out - The customer signed out (here or in another tab).
 * @fires {CustomEvent<BtAuthErrorEventDetail>} bt-auth-error - Sign-in failed; `detail.problem` describes it (code, title, message, action).
 */
export class BtSigninButton extends BtElement {
  static override styles = [tokens, base, visuallyHidden, signInActionStyles, signinButtonStyles];

  static override properties = {
    loginHint: { attribute: 'login-hint' },
    returnUrl: { attribute: 'return-url' },
    interaction: {},
    menuAlign: { attribute: 'menu-align', reflect: true },
    compact: { type: Boolean, reflect: true },
    menuOpen: { state: true, attribute: false },
    panelOpen: { state: true, attribute: false },
  };

  /** Email address to prefill on Microsoft's page. */
  loginHint = '';

  /** Same-origin page to land on after signing in (others are ignored). */
  returnUrl = '';

  /** Overrides the configured interaction (`redirect` or `popup`) for this button. */
  interaction?: InteractionMode;

  /** Which edge of the account button the menu (and the problem panel) lines up with: `start` (default) or `end` (for a button at the end of a header). */
  menuAlign: 'start' | 'end' = 'start';

  /** Shows only a round avatar (the initials once signed in, a person before): for a narrow header. The button's name stays in words. */
  compact = false;

  private menuOpen = false;
  private panelOpen = false;
  /** Whether keyboard focus was inside before this update (it may sit on a control about to go). */
  private hadFocus = false;
  /** The code of the problem the panel last opened for: a new problem opens it once. */
  private openedFor?: string;
  /** What only a problem needs (its panel, its button, their styles), loaded with the first failure. */
  private problemView?: typeof import('./signin-button-problem.js');
  private loadingProblemView = false;

  // The header's button speaks for failures no element caused too (a session that could not be restored).
  private readonly action = new SignInAction(this, {
    showsUnclaimed: true,
    onChange: (change) => this.announce(change),
  });

  private get auth() {
    return this.action.auth;
  }

  private announce(change: AuthChange) {
    const options = { bubbles: true, composed: true };
    if (change.kind === 'signed-in') {
      this.dispatchEvent(new CustomEvent('bt-signed-in', { ...options, detail: { account: change.account } }));
    } else if (change.kind === 'signed-out') {
      this.menuOpen = false;
      this.dispatchEvent(new CustomEvent('bt-signed-out', options));
    }
  }

  private onMenuKeydown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !this.menuOpen) return;
    this.menuOpen = false;
    this.renderRoot.querySelector<HTMLElement>('[part~="account"]')?.focus();
  }

  private onFocusOut(event: FocusEvent) {
    if (!this.contains(event.relatedTarget as Node) && !this.renderRoot.contains(event.relatedTarget as Node)) {
      this.menuOpen = false;
    }
  }

  protected override willUpdate(): void {
    this.hadFocus = this.shadowRoot?.activeElement != null;
    // Loaded as soon as a sign-in starts or fails, so that a failure shows without waiting for it.
    const mayFail = this.auth.status === 'interacting' || this.auth.status === 'error' || this.action.problem;
    if (!this.problemView && !this.loadingProblemView && mayFail) {
      this.loadingProblemView = true;
      void import('./signin-button-problem.js').then((view) => {
        this.problemView = view;
        adoptStyles(this.shadowRoot!, [
          ...(this.constructor as typeof BtSigninButton).elementStyles,
          view.problemStyles,
        ]);
        this.requestUpdate();
      });
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if ((changed.has('menuOpen') || changed.has('menuAlign')) && this.menuOpen) {
      this.keepOnScreen(this.renderRoot.querySelector<HTMLElement>('[part~="menu"]'));
    }
    this.openPanelForNewProblem();
    // Signing in or out swaps the action for the account button (and back); a problem may hide
    // the action. Focus must not fall back to the top of the page with the removed control.
    if (!this.hadFocus || this.shadowRoot?.activeElement) return;
    this.renderRoot.querySelector<HTMLElement>('[part~="action"], [part~="account"], [part~="problem"]')?.focus();
  }

  /** A problem this button shows opens its panel, once: closed, it stays closed until another problem. */
  private openPanelForNewProblem() {
    const panel = this.renderRoot.querySelector<HTMLElement>('[part~="panel"]');
    const code = panel ? this.action.problem?.code : undefined;
    // An update may land after the button left the page: the panel opens when it is back.
    if (code === this.openedFor || !this.isConnected) return;
    this.openedFor = code;
    if (!panel || panel.matches(':popover-open')) return;
    this.problemView!.openPanel(panel, this, this.menuAlign === 'end'); // its toggle event updates panelOpen
    this.keepOnScreen(panel);
  }

  /** What floats hangs from one edge of the button; on a narrow screen it slides back into view. */
  private keepOnScreen(floating: HTMLElement | null) {
    if (!floating) return;
    floating.style.removeProperty('translate');
    const margin = 8;
    const { left, right } = floating.getBoundingClientRect();
    const shift = right > innerWidth - margin ? innerWidth - margin - right : left < margin ? margin - left : 0;
    if (shift !== 0) floating.style.translate = `${Math.round(shift)}px 0`;
  }

  override render() {
    // A problem is shown once what shows it has loaded (with the descriptions, at the same time).
    const problem = this.problemView && this.action.problem;
    const signedIn = this.auth.status === 'signed-in' && this.auth.account;
    // The status line is always in the accessibility tree (its first message is announced); shown
    // under the button only when the button cannot say it (offline, signing in, already under way).
    const noteShown = !this.auth.online || this.auth.status === 'interacting';
    return html`<div part="base" @keydown=${this.onMenuKeydown} @focusout=${this.onFocusOut}>
      ${signedIn ? this.renderAccount(signedIn) : this.renderAction(problem)}
      <div class="note floating ${noteShown ? '' : 'visually-hidden'}">${this.action.renderStatus()}</div>
      ${this.renderPanel(problem)}
    </div>`;
  }

  private renderAction(problem: AuthProblem | undefined) {
    if (problem && NO_RETRY.has(problem.action)) return this.problemView!.problemButton(problem, this.panelOpen);
    const label =
      problem?.action === 'sign-in-again' ? msg('Se reconnecter') : problem ? msg('Réessayer') : msg('Se connecter');
    return this.action.renderTrigger(
      label,
      'action',
      {
        ...(this.loginHint && { loginHint: this.loginHint }),
        ...(this.returnUrl && { returnUrl: this.returnUrl }),
        ...(this.interaction && { interaction: this.interaction }),
      },
      // Short, so that the button keeps its size; the status line says the rest.
      { interacting: msg('Connexion…'), initializing: msg('Vérification…') },
    );
  }

  private renderPanel(problem: AuthProblem | undefined) {
    if (!problem || this.auth.status === 'interacting') return nothing;
    const support = problem.action === 'contact-support' ? html`<slot name="support"></slot>` : nothing;
    return this.problemView!.problemPanel(this.action.renderProblem({ support }), {
      toggled: (open) => (this.panelOpen = open),
      // Closed by the customer: a problem that can be closed is done with, focus goes back to the button.
      closed: (focusInside) => {
        if (closable(problem.code)) this.action.dismiss();
        if (!focusInside) return;
        void this.updateComplete.then(() =>
          this.renderRoot.querySelector<HTMLElement>('[part~="action"], [part~="problem-button"]')?.focus(),
        );
      },
    });
  }

  private renderAccount(account: AuthAccount) {
    const name = account.name || account.username;
    return html`
      <button
        part="account"
        type="button"
        aria-expanded=${this.menuOpen ? 'true' : 'false'}
        aria-controls="menu"
        title=${name}
        @click=${() => (this.menuOpen = !this.menuOpen)}
      >
        <span class="avatar" aria-hidden="true">${initials(name)}</span>
        <span class="label name"
          ><span aria-hidden="true">${name}</span
          ><span class="visually-hidden">${elide(msg(str`Compte de ${name}`), name)}</span></span
        >
        <span class="chevron" aria-hidden="true"></span>
      </button>
      <div id="menu" part="menu" class="floating" ?hidden=${!this.menuOpen}>
        <p class="who">
          <span class="name">${account.name}</span>
          <span class="username">${breakable(account.username)}</span>
        </p>
        <button part="sign-out" type="button" @click=${() => void this.auth.signOut()}>${msg('Se déconnecter')}</button>
      </div>
    `;
  }
}

/** Closing a problem hides it, except a configuration that cannot work: it stays behind its button. */
function closable(code: string | undefined): boolean {
  return code !== undefined && code !== 'not_configured' && code !== 'configuration_error';
}

/**
 * The text shown with a line-break opportunity (`<wbr>`) after each « @ » and dot, so that a
 * narrow menu breaks an address between its parts (`dominique.` `bernard@` `example.` `fr`),
 * never mid-word; read as `spoken`, in one piece (Chromium reads a space at each `<wbr>`). The
 * account button is read « Compte de Camille Martin »: it says what it opens. The text stays
 * text: Lit escapes each part, no markup is parsed from it.
 */
function breakable(text: string, spoken = text) {
  const parts = text.split(/(?<=[@.])/).map((part, index) => (index ? html`<wbr />${part}` : part));
  return html`<span aria-hidden="true">${parts}</span><span class="visually-hidden">${spoken}</span>`;
}

function initials(name: string): string {
  const words = name
    .replace(/@.*/, '')
    .split(/[\s._-]+/)
    .filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => word[0].toUpperCase())
    .join('');
}
