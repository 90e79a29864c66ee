import { InteractionStatus } from '@azure/msal-browser';
import { useIsAuthenticated, useMsal } from '@azure/msal-react';

/** The app's own account area, on msal-react's hooks: it knows nothing of the elements. */
function HostAccount() {
  const { instance, accounts, inProgress } = useMsal();
  const signedIn = useIsAuthenticated();
  const account = instance.getActiveAccount() ?? accounts[0];
  const idle = inProgress === InteractionStatus.None;
  return (
    <section aria-labelledby="host-account">
      <h2 id="host-account">Compte de l’application</h2>
      {signedIn && account ? (
        <>
          <p role="status">Application connectée : {account.name}.</p>
          <button
            type="button"
            disabled={!idle}
            onClick={() =>
              // The id token tells a standard OpenID provider which client to return to.
              void instance.logoutRedirect({ account, idTokenHint: account.idToken })
            }
          >
            Déconnexion de l’application
          </button>
        </>
      ) : (
        <>
          <p role="status">Application non connectée.</p>
          <button type="button" disabled={!idle} onClick={() => void instance.loginRedirect({ scopes: [] })}>
            Connexion de l’application
          </button>
        </>
      )}
    </section>
  );
}

export function App() {
  // msal-react's client, the one the elements use too.
  const { instance } = useMsal();
  return (
    <>
      <header>
        <p>Baker Tilly · Espace Client</p>
        <bt-auth-provider msalInstance={instance}>
          <bt-signin-button menuAlign="end" />
        </bt-auth-provider>
      </header>
      <main>
        <h1>Espace Client</h1>
        <HostAccount />
      </main>
    </>
  );
}
