import type { AuthConfigInput } from '../src/auth/config.js';

interface DemoConfig extends AuthConfigInput {
  activationService: string;
}

/**
 * What every demo page does first: ask the demo server which identity provider to use (its port
 * can change), configure `<bt-auth-provider>` before the elements are defined (it reads its
 * attributes once), then define them and wire the language buttons. `?interaction=popup` shows the
 * popup flow; `&fallback=none` reports a blocked popup instead of redirecting.
 */
export async function setUpDemo(): Promise<DemoConfig> {
  const config = (await (await fetch('/config.json')).json()) as DemoConfig;
  const provider = document.querySelector('bt-auth-provider')!;
  provider.setAttribute('client-id', config.clientId);
  provider.setAttribute('authority', config.authority ?? '');
  provider.setAttribute('protocol-mode', config.protocolMode ?? 'AAD');
  const options = new URLSearchParams(location.search);
  if (options.get('interaction') === 'popup') provider.setAttribute('interaction', 'popup');
  if (options.get('fallback') === 'none') provider.setAttribute('popup-fallback', 'none');
  // End-to-end tests of a provider that does not answer shorten the wait; customers get the default.
  const networkTimeout = options.get('network-timeout');
  if (networkTimeout) provider.setAttribute('network-timeout', networkTimeout);
  // Elements that check activation links use the demo provider's activation service.
  for (const element of document.querySelectorAll('bt-activation-landing, bt-onboarding-journey')) {
    element.setAttribute('service-url', config.activationService);
  }

  const { setLocale } = await import('../src/index.js');
  await import('../src/define.js');

  // The language buttons switch every element at once, as a host application would.
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-locale]')) {
    button.addEventListener('click', () => {
      const locale = button.dataset.locale ?? 'fr';
      document.documentElement.lang = locale;
      void setLocale(locale);
      showPageIn(locale);
      for (const other of document.querySelectorAll('button[data-locale]')) {
        other.setAttribute('aria-pressed', String(other === button));
      }
    });
  }
  return config;
}

/** The demo page's own words follow the language buttons too: each text has both versions. */
function showPageIn(locale: string) {
  for (const text of document.querySelectorAll<HTMLElement>('[data-lang]')) text.hidden = text.dataset.lang !== locale;
  const title = document.querySelector<HTMLTitleElement>('title[data-en]');
  if (title) {
    title.dataset.fr ??= title.textContent ?? '';
    document.title = (locale === 'en' ? title.dataset.en : title.dataset.fr) ?? document.title;
  }
}
