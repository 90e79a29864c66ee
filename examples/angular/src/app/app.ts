import {
  CUSTOM_ELEMENTS_SCHEMA,
  Component,
  afterNextRender,
  computed,
  signal,
} from '@angular/core';
import type { MfaMethod } from '@bakertilly/espace-client-auth';

/** The sign-in configuration: a real app writes it in its template or environment; this example asks its server. */
interface SignInConfig {
  clientId: string;
  authority?: string;
  knownAuthorities?: string;
  protocolMode?: 'AAD' | 'OIDC';
}

const METHOD_NAMES: Record<MfaMethod, string> = {
  authenticator: 'Microsoft Authenticator',
  sms: 'SMS',
};

@Component({
  selector: 'app-root',
  // The `bt-*` elements are custom elements: Angular checks their events' `$event` type (from the
  // package's GlobalEventHandlersEventMap), not their properties.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  templateUrl: './app.html',
})
export class App {
  protected readonly config = signal<SignInConfig | undefined>(undefined);
  protected readonly method = signal<MfaMethod | undefined>(undefined);
  protected readonly chosen = computed(() => {
    const method = this.method();
    return method ? `Méthode choisie : ${METHOD_NAMES[method]}.` : 'Aucune méthode choisie.';
  });
  protected readonly supportPhone = '01 23 45 67 89';

  constructor() {
    // In the browser only: the prerendered page has no configuration, the provider gets it once
    // loaded, every attribute in the same change detection.
    afterNextRender(() => {
      void fetch('/config.json')
        .then((response) => response.json() as Promise<SignInConfig>)
        .then((config) => this.config.set(config));
    });
  }

  protected onMethodSelected(event: CustomEvent<{ method: MfaMethod }>): void {
    this.method.set(event.detail.method);
  }
}
