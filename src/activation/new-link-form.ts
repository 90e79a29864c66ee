import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import type { ActivationService } from './activation-service.js';
import type { NewLinkRequest } from './new-link-request.js';

/**
 * A sentence with its masked address (`c•••••@e••••••.fr`) shown as it is, but read `c…@e….fr`
 * rather than bullet by bullet.
 */
export function withMaskedAddress(sentence: string, masked: string) {
  const [before, after] = sentence.split(masked);
  return masked && after !== undefined
    ? html`${before}<span aria-hidden="true">${masked}</span
        ><span class="visually-hidden">${masked.replace(/•+/g, '…')}</span>${after}`
    : sentence;
}

/**
 * The new-link form of an element, loaded when the element first needs it (a missing, expired,
 * replaced or damaged link; an account Microsoft says is not activated yet): only a few customers
 * ever see it, so its code and words stay out of every page's first load.
 */
export class NewLinkFormController implements ReactiveController {
  private request?: NewLinkRequest;
  private loading = false;
  private failed = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly service: () => ActivationService | undefined,
    /** Whether the element's current state shows the form; read before each update. */
    private readonly needed: () => boolean,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.request || this.loading || !this.needed()) return;
    this.loading = true;
    this.failed = false;
    import('./new-link-request.js').then(
      ({ NewLinkRequest }) => {
        this.request = new NewLinkRequest(this.host, this.service, withMaskedAddress);
        this.host.requestUpdate();
      },
      () => {
        // Offline when the form was needed: say so; the next update tries again.
        this.loading = false;
        this.failed = true;
        this.host.requestUpdate();
      },
    );
  }

  render() {
    if (this.request) return this.request.render();
    return this.failed
      ? html`<p part="notice" class="alert" data-tone="error" role="alert">
          ${msg('La demande n’a pas pu être envoyée. Vérifiez votre accès à Internet et réessayez.')}
        </p>`
      : html`<div class="request-form-space"></div>`;
  }
}
