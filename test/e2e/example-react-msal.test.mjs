// examples/react-msal (React 19, Vite, @azure/msal-react) as built by `node scripts/examples.mjs`:
// the app's MsalProvider holds its own PublicClientApplication and handles the redirect response;
// <bt-auth-provider msalInstance={instance}> gives the elements that client. One MSAL client, two
// sign-in buttons, one session, under a strict CSP whose Trusted Types name `lit-html` only (React
// and MSAL create no policy).
import { after, before, describe } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CLIENT_ID } from '../../demo/idp/provider.mjs';
import { serveExample } from './example-app-server.mjs';
import { itSharesTheHostsMsal } from './example-msal-host.mjs';
import { freePort, useE2e } from './support.mjs';

describe('examples/react-msal', () => {
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
      root: fileURLToPath(new URL('../../examples/react-msal/dist/', import.meta.url)),
      port,
      certificate: e2e.stack.certificate,
      idpOrigin: e2e.idp,
      trustedTypes: ['lit-html'],
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
