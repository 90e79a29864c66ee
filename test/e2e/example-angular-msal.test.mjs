// examples/angular-msal (Angular 22, standalone, @azure/msal-angular) as built by
// `node scripts/examples.mjs`: MsalService holds the app's own PublicClientApplication and the app
// handles the redirect response (handleRedirectObservable); <bt-auth-provider
// [msalInstance]="msal.instance"> gives the elements that client. One MSAL client, two sign-in
// buttons, one session, under a strict CSP whose Trusted Types name Angular's policies and Lit's.
// The build is static (no server rendering): served here with the prebuilt bridge it copies.
import { after, before, describe } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CLIENT_ID } from '../../demo/idp/provider.mjs';
import { serveExample } from './example-app-server.mjs';
import { itSharesTheHostsMsal } from './example-msal-host.mjs';
import { freePort, useE2e } from './support.mjs';

describe('examples/angular-msal', () => {
  // The example's origin must be known to the identity provider when it starts.
  const options = { appOrigins: [] };
  let port;
  let server;
  before(async () => {
    port = await freePort();
    options.appOrigins.push(`https://localhost:${port}`);
  });
  const e2e = useE2e(options);
  before(async () => {
    server = await serveExample({
      root: fileURLToPath(
        new URL('../../examples/angular-msal/dist/bt-angular-msal-example/browser/', import.meta.url),
      ),
      port,
      certificate: e2e.stack.certificate,
      idpOrigin: e2e.idp,
      trustedTypes: ['angular', 'angular#bundler', 'lit-html'],
      config: {
        clientId: CLIENT_ID,
        authority: e2e.idp,
        knownAuthorities: new URL(e2e.idp).host,
        protocolMode: 'OIDC',
      },
    });
  });
  after(() => server?.close());

  itSharesTheHostsMsal({ e2e, origin: () => `https://localhost:${port}` });
});
