// The end-to-end checks shared by the examples whose app already runs MSAL (examples/react-msal with
// @azure/msal-react, examples/angular-msal with @azure/msal-angular): the page has the app's own
// sign-in button (on the framework's MSAL API) and the library's <bt-signin-button> inside a
// <bt-auth-provider> given the app's PublicClientApplication. Both buttons must drive one session.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { DOMINIQUE, portal, provider } from './support.mjs';

/** What the example apps show of their own MSAL session, outside the elements. */
export const host = {
  signInButton: (page) => page.getByRole('button', { name: 'Connexion de l’application' }),
  signOutButton: (page) => page.getByRole('button', { name: 'Déconnexion de l’application' }),
  signedIn: (page, name) => page.getByText(`Application connectée : ${name}.`),
  signedOut: (page) => page.getByText('Application non connectée.'),
};

/**
 * A watched page (see support.mjs) that also:
 * - reports every `securitypolicyviolation` event (CSP and Trusted Types) as a console error,
 *   which the harness turns into a failure of the run;
 * - counts the MSAL clients created in the top-level document. Every `PublicClientApplication`
 *   (its StandardController) opens one BroadcastChannel named `msal.broadcast.event` (MSAL's
 *   cross-tab event channel, msal-browser's event/EventHandler) when it is constructed, and
 *   nothing else opens one in the page: a second client, such as one the library would create
 *   for itself, makes the count 2.
 */
export async function openPage(e2e, options) {
  const page = await e2e.newPage(options);
  await page.context().addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
    if (window.top !== window || typeof BroadcastChannel === 'undefined') return;
    const Native = BroadcastChannel;
    let clients = 0;
    Object.defineProperty(window, '__btMsalClients', { get: () => clients });
    window.BroadcastChannel = class extends Native {
      constructor(name) {
        super(name);
        if (name === 'msal.broadcast.event') clients++;
      }
    };
  });
  return page;
}

/** How many MSAL clients the current document created (see `openPage`). */
export function msalClients(page) {
  return page.evaluate(() => window.__btMsalClients);
}

/** The checks, in a `describe` that started the harness (`e2e`) and serves the app at `origin()`. */
export function itSharesTheHostsMsal({ e2e, origin }) {
  /** The page after the library has loaded MSAL: no request is pending, so no chunk is still on its way. */
  async function settled(page) {
    await page.waitForLoadState('networkidle');
    return page;
  }

  it('creates no MSAL client of its own: one PublicClientApplication in the page', async () => {
    const page = await openPage(e2e);
    await page.goto(`${origin()}/`);
    await host.signedOut(page).waitFor();
    await portal.signInButton(page).waitFor();
    await settled(page);
    assert.equal(await msalClients(page), 1, 'MSAL clients in the page');
    await page.context().close();
  });

  it('signing in with the library’s button signs the app in; signing out from the app signs the elements out', async () => {
    const page = await openPage(e2e);
    await page.goto(`${origin()}/`);
    await host.signedOut(page).waitFor();
    await portal.signInButton(page).click();
    await page.waitForURL(`${e2e.idp}/interaction/**`);
    await provider.signInWithAuthenticator(page, DOMINIQUE);
    await page.waitForURL(`${origin()}/`);
    // The app's own UI (msal-react's / msal-angular's state) shows the account the elements signed in.
    await host.signedIn(page, DOMINIQUE.name).waitFor();
    await portal.accountButton(page, DOMINIQUE.name).waitFor();
    assert.equal(await msalClients(page), 1, 'MSAL clients in the page once signed in');

    // The app signs out with its own API. The provider's sign-out page is answered 204 No Content
    // first, so that the browser stays on the app: the elements must follow MSAL's sign-out event,
    // not a page load. The test then opens that page itself, as the browser would have.
    let endSession;
    await page.route(`${e2e.idp}/session/end**`, (route) => {
      endSession = route.request().url();
      return route.fulfill({ status: 204 });
    });
    await host.signOutButton(page).click();
    await portal.signInButton(page).waitFor();
    assert.ok(endSession, 'the app left for the provider’s sign-out page');
    assert.equal(page.url(), `${origin()}/`, 'still on the app while the elements signed out');
    await host.signedOut(page).waitFor();
    await page.unrouteAll();
    await page.goto(endSession);
    await provider.confirmSignOut(page);
    await page.waitForURL(`${origin()}/`);
    await host.signedOut(page).waitFor();
    await portal.signInButton(page).waitFor();
    await page.context().close();
  });

  it('signing in with the app’s own button makes the library’s button show the account', async () => {
    const page = await openPage(e2e);
    await page.goto(`${origin()}/`);
    await portal.signInButton(page).waitFor();
    await host.signInButton(page).click();
    await page.waitForURL(`${e2e.idp}/interaction/**`);
    await provider.signInWithAuthenticator(page, DOMINIQUE);
    await page.waitForURL(`${origin()}/`);
    await host.signedIn(page, DOMINIQUE.name).waitFor();
    await portal.accountButton(page, DOMINIQUE.name).waitFor();
    assert.equal(await msalClients(page), 1, 'MSAL clients in the page once signed in');

    // And the library's sign-out signs the app out (its MSAL state follows the shared cache).
    await portal.signOut(page, DOMINIQUE.name);
    await page.waitForURL(`${e2e.idp}/session/end**`);
    await provider.confirmSignOut(page);
    await page.waitForURL(`${origin()}/`);
    await host.signedOut(page).waitFor();
    await portal.signInButton(page).waitFor();
    await page.context().close();
  });
}
