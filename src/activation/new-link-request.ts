import { html, type ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { ActivationService } from './activation-service.js';
import type { RegenerationResult } from './lookup.js';

// Loaded on demand: only a customer whose link is missing, expired, replaced or damaged asks for
// a new one, so the form's logic and words stay out of every page's first load. Imports nothing
// of ours but types, so that no module is shared with the first load (see check-first-load.mjs).

type Regeneration = 'idle' | 'sending' | RegenerationResult['kind'];

/**
 * The new-link request of an element: its form, the request to the activation service, and what
 * the customer is told. The address typed is never shown back, and the confirmation is the same
 * whether or not the address is a customer's.
 */
export class NewLinkRequest {
  private regeneration: Regeneration = 'idle';
  private retryAfterSeconds = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly service: () => ActivationService | undefined,
  ) {}

  render() {
    if (this.regeneration === 'accepted') {
      return html`<p part="notice" role="status">
        ${msg('Si cette adresse correspond à un client, un nouveau lien est en route. Pensez à vérifier vos courriers indésirables.')}
      </p>`;
    }
    const sending = this.regeneration === 'sending';
    const minutes = Math.max(1, Math.ceil(this.retryAfterSeconds / 60));
    const problem =
      this.regeneration === 'rate-limited'
        ? msg(str`Trop de demandes. Réessayez dans ${minutes} min.`)
        : this.regeneration === 'unreachable'
          ? msg('La demande n’a pas pu être envoyée. Vérifiez votre connexion et réessayez.')
          : '';
    return html`<form part="request-form" novalidate @submit=${(event: SubmitEvent) => this.submit(event)}>
      <label for="email">${msg('Votre adresse e-mail')}</label>
      <input id="email" name="email" type="email" autocomplete="email" required aria-describedby="email-help" />
      <p id="email-help" class="help">${msg('L’adresse à laquelle vous recevez nos messages.')}</p>
      <button type="submit" aria-disabled=${sending ? 'true' : 'false'}>
        ${sending ? msg('Envoi…') : msg('Recevoir un nouveau lien')}
      </button>
      <p part="notice" role="status" class=${problem ? 'warning' : ''}>${problem}</p>
    </form>`;
  }

  private set(regeneration: Regeneration) {
    this.regeneration = regeneration;
    this.host.requestUpdate();
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    if (this.regeneration === 'sending') return;
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('email') as HTMLInputElement;
    if (!input.checkValidity()) {
      input.reportValidity();
      return;
    }
    const email = input.value.trim();
    const requested = new CustomEvent('bt-link-regeneration-requested', {
      detail: { email },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (!this.host.dispatchEvent(requested)) {
      // The host handles the request itself; the customer sees the usual confirmation.
      this.set('accepted');
      return;
    }
    this.set('sending');
    const result = await this.ask(email);
    if (result.kind === 'rate-limited') this.retryAfterSeconds = result.retryAfterSeconds;
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
