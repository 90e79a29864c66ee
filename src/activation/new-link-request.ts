import { adoptStyles, html, nothing, type LitElement, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { ActivationService } from './activation-service.js';
import type { RegenerationResult } from './lookup.js';
import { newLinkFormStyles } from '../styles/new-link-form.js';

// Loaded on demand: only a customer whose link is missing, expired, replaced or damaged asks for
// a new one, so the form's logic and words stay out of every page's first load. Imports nothing
// of ours but types, so that no module is shared with the first load (see check-first-load.mjs).

type Regeneration = 'idle' | 'sending' | RegenerationResult['kind'];

/** An address with a domain ending (`camille.martin@example` is not one). */
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)*\.[^\s@.]{2,}$/;

/** `c•••••@e••••••.fr`: enough for the customer to spot a typo, too little to read over a shoulder. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  const dot = domain.lastIndexOf('.');
  const hide = (part: string) => (part ? part[0] + '•'.repeat(Math.max(2, part.length - 1)) : '');
  return `${hide(local)}@${hide(domain.slice(0, dot))}${domain.slice(dot)}`;
}

/** A wait in the unit a person would say: `45 s`, `10 min` (598 s), `2 h`, always rounded up. */
export function formatWait(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.ceil(seconds))}\u00a0s`;
  if (seconds < 3600) return `${Math.ceil(seconds / 60)}\u00a0min`;
  return `${Math.ceil(seconds / 3600)}\u00a0h`;
}

/**
 * The new-link request of an element: its form, checked in the element's language, the request
 * to the activation service, and what the customer is told. The confirmation is the same whether
 * or not the address is a customer's; it repeats the address masked, with a way to correct it.
 */
export class NewLinkRequest implements ReactiveController {
  private regeneration: Regeneration = 'idle';
  private retryAfterSeconds = 0;
  private email = '';
  private invalid = '';
  /** What takes the focus after the next render: the confirmation, or the field to correct. */
  private focus?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly service: () => ActivationService | undefined,
    /** The sentence with its masked address read without its bullets (see new-link-form). */
    private readonly withMasked: (sentence: string, masked: string) => unknown = (sentence) => sentence,
  ) {
    host.addController(this);
    // The form's styles come with it: added to the element's own.
    const root = host.shadowRoot;
    const own = (host.constructor as typeof LitElement).elementStyles;
    if (root && !own.includes(newLinkFormStyles)) adoptStyles(root, [...own, newLinkFormStyles]);
  }

  hostUpdated(): void {
    if (!this.focus) return;
    this.host.shadowRoot?.querySelector<HTMLElement>(this.focus)?.focus();
    this.focus = undefined;
  }

  // One template whatever the state: the live region (`notice`) is there before its message, and
  // the confirmation changes its text rather than arriving as a new region.
  render() {
    const accepted = this.regeneration === 'accepted';
    const sending = this.regeneration === 'sending';
    const masked = maskEmail(this.email);
    const message = accepted
      ? this.withMasked(
          msg(
            str`Si l’adresse ${masked} correspond à un client, un nouveau lien est en route. Pensez à vérifier vos courriers indésirables.`,
          ),
          masked,
        )
      : this.regeneration === 'rate-limited'
        ? msg(str`Trop de demandes. Réessayez dans ${formatWait(this.retryAfterSeconds)}.`)
        : this.regeneration === 'unreachable'
          ? msg('La demande n’a pas pu être envoyée. Vérifiez votre accès à Internet et réessayez.')
          : '';
    // The notice comes first: the outcome of a request sits above the button that sends it again.
    return html`<p
        id="email-notice"
        part="notice"
        role="status"
        tabindex=${accepted ? '-1' : nothing}
        class=${message ? 'alert' : 'empty'}
        data-tone=${accepted ? 'success' : this.regeneration === 'rate-limited' ? 'warning' : 'error'}
      >
        ${message}
      </p>
      ${
        accepted
          ? nothing
          : html`<form part="request-form" novalidate @submit=${(event: SubmitEvent) => this.submit(event)}>
              <label for="email">${msg('Votre adresse e-mail')}</label>
              <input
                id="email"
                name="email"
                type="email"
                autocomplete="email"
                required
                .value=${live(this.email)}
                aria-invalid=${this.invalid ? 'true' : 'false'}
                aria-describedby="email-help email-error"
                @input=${(event: InputEvent) => this.edit((event.target as HTMLInputElement).value)}
              />
              <p id="email-help" class="help">${msg('L’adresse à laquelle vous recevez nos messages.')}</p>
              <p id="email-error" class="error" aria-live="assertive">${this.invalid || nothing}</p>
              <button type="submit" aria-disabled=${sending ? 'true' : 'false'}>
                ${sending ? msg('Envoi…') : msg('Recevoir un nouveau lien')}
              </button>
            </form>`
      }
      ${
        accepted
          ? html`<button type="button" class="link" @click=${() => this.correct()}>
              ${msg('Corriger l’adresse')}
            </button>`
          : nothing
      }`;
  }

  /** Keeps what the customer types (a render must not put back the old value) and clears the error. */
  private edit(value: string) {
    this.email = value;
    if (this.invalid) this.setInvalid('');
  }

  private setInvalid(message: string) {
    this.invalid = message;
    this.host.requestUpdate();
  }

  private set(regeneration: Regeneration) {
    this.regeneration = regeneration;
    this.host.requestUpdate();
  }

  private correct() {
    this.focus = '#email';
    this.set('idle');
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    if (this.regeneration === 'sending') return;
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('email') as HTMLInputElement;
    const email = input.value.trim();
    this.email = email;
    // Checked here, in the element's language, rather than in the browser's own bubble.
    if (!EMAIL.test(email)) {
      this.focus = '#email';
      this.setInvalid(
        email
          ? msg('Cette adresse semble incomplète. Vérifiez-la, par exemple : prenom.nom@exemple.fr.')
          : msg('Saisissez votre adresse e-mail.'),
      );
      return;
    }
    this.invalid = '';
    const requested = new CustomEvent('bt-link-regeneration-requested', {
      detail: { email },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (!this.host.dispatchEvent(requested)) {
      // The host handles the request itself; the customer sees the usual confirmation.
      this.focus = '#email-notice';
      this.set('accepted');
      return;
    }
    this.set('sending');
    const result = await this.ask(email);
    if (result.kind === 'rate-limited') this.retryAfterSeconds = result.retryAfterSeconds;
    if (result.kind === 'accepted') this.focus = '#email-notice';
    this.set(result.kind);
    if (result.kind === 'accepted') {
      this.host.dispatchEvent(new CustomEvent('bt-link-regenerated', { bubbles: true, composed: true }));
    }
  }

  /** The service's answer; a host-provided service that throws counts as unreachable. */
  private async ask(email: string): Promise<RegenerationResult> {
    const service = this.service();
    if (!service) return { kind: 'unreachable' };
    try {
      return await service.requestNewLink(email);
    } catch {
      return { kind: 'unreachable' };
    }
  }
}
