// examples/react-msal (React 19, Vite, @azure/msal-react) as built by `node scripts/examples.mjs`:
// the app's MsalProvider holds its own PublicClientApplication and handles the redirect response;
// <bt-auth-provider msalInstance={instance}> gives the elements that client. One MSAL client, two
// sign-in buttons, one session, under a strict CSP whose Trusted Types name `lit-html` only (React
// and MSAL create no policy).
import { describe } from 'node:test';
import { useExampleApp } from './example-app-server.mjs';
import { itSharesTheHostsMsal } from './example-msal-host.mjs';

describe('examples/react-msal', () => {
  const { e2e, app } = useExampleApp(new URL('../../examples/react-msal/dist/', import.meta.url), {
    trustedTypes: ['lit-html'],
  });
  itSharesTheHostsMsal({ e2e, origin: () => app.origin });
});
