import type { AuthConfigInput } from '../src/auth/config.js';

// The demo server says which identity provider to use (its port can change); `?interaction=popup`
// shows the popup flow, `&fallback=none` reports a blocked popup instead of redirecting. The provider's attributes are set before the elements are defined, since
// it reads them once.
const config = (await (await fetch('/config.json')).json()) as AuthConfigInput;
const provider = document.querySelector('bt-auth-provider')!;
provider.setAttribute('client-id', config.clientId);
provider.setAttribute('authority', config.authority ?? '');
provider.setAttribute('protocol-mode', config.protocolMode ?? 'AAD');
const options = new URLSearchParams(location.search);
if (options.get('interaction') === 'popup') provider.setAttribute('interaction', 'popup');
if (options.get('fallback') === 'none') provider.setAttribute('popup-fallback', 'none');

const { setLocale } = await import('../src/index.js');
await import('../src/define.js');

// The language buttons switch every element at once, as a host application would.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-locale]')) {
  button.addEventListener('click', () => {
    const locale = button.dataset.locale ?? 'fr';
    document.documentElement.lang = locale;
    void setLocale(locale);
    for (const other of document.querySelectorAll('button[data-locale]')) {
      other.setAttribute('aria-pressed', String(other === button));
    }
  });
}

// What a portal does with the events: greet the customer, forget them on sign-out.
const greeting = document.querySelector<HTMLElement>('#greeting')!;
document.addEventListener('bt-signed-in', (event) => {
  greeting.textContent = `Bienvenue, ${event.detail.account.name}.`;
  greeting.hidden = false;
});
document.addEventListener('bt-signed-out', () => {
  greeting.hidden = true;
});
