// The page's own script, loaded from a file (no inline script: the CSP allows 'self' only).
// The elements come from the package's standalone build, served at /standalone/: Lit is inside,
// MSAL and the English strings are fetched from chunks beside it only when needed.

// The page's own state, fed by the elements' events.
const chosenMethod = document.querySelector('#chosen-method');
const METHOD_NAMES = { authenticator: 'Microsoft Authenticator', sms: 'SMS' };
document.querySelector('bt-mfa-method-chooser').addEventListener('bt-mfa-method-selected', (event) => {
  chosenMethod.textContent = `Méthode choisie : ${METHOD_NAMES[event.detail.method]}.`;
});

// A property set from script (attributes work too: `phone="…"` in the HTML).
document.querySelector('bt-lost-phone-card').phone = '01 23 45 67 89';

// The sign-in configuration. A real page writes it as attributes in its HTML
// (`<bt-auth-provider client-id="…" authority="…">`); this example asks its server, whose identity
// provider changes from one run to the next. Every attribute is set before the provider is defined.
const config = await (await fetch('/config.json')).json();
const provider = document.querySelector('bt-auth-provider');
for (const [name, value] of Object.entries(config)) provider.setAttribute(name, value);

// One file per element: the provider first, so that it is configured before the elements inside it
// ask for the sign-in client. (`/standalone/define.js` registers them all at once.)
await import('/standalone/auth-provider.js');
await Promise.all([
  import('/standalone/signin-button.js'),
  import('/standalone/mfa-method-chooser.js'),
  import('/standalone/lost-phone-card.js'),
  import('/standalone/signin-faq.js'),
]);
