// examples/angular-msal (Angular 22, standalone, @azure/msal-angular) as built by
// `node scripts/examples.mjs`: MsalService holds the app's own PublicClientApplication and the app
// handles the redirect response (handleRedirectObservable); <bt-auth-provider
// [msalInstance]="msal.instance"> gives the elements that client. One MSAL client, two sign-in
// buttons, one session, under a strict CSP whose Trusted Types name Angular's policies and Lit's.
// The build is static (no server rendering): served here with the prebuilt bridge it copies.
import { describe } from 'node:test';
import { useExampleApp } from './example-app-server.mjs';
import { itSharesTheHostsMsal } from './example-msal-host.mjs';

describe('examples/angular-msal', () => {
  const { e2e, app } = useExampleApp(
    new URL('../../examples/angular-msal/dist/bt-angular-msal-example/browser/', import.meta.url),
    { trustedTypes: ['angular', 'angular#bundler', 'lit-html'] },
  );
  itSharesTheHostsMsal({ e2e, origin: () => app.origin });
});
