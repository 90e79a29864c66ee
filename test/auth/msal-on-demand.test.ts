import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { configureAuth, setAuthClient } from '../../src/auth/registry.js';
import type { AuthClient } from '../../src/auth/types.js';
import '../helpers/lit-warnings.js';
import type { BtSigninButton } from '../../src/components/signin-button/signin-button.js';

// This file runs in its own page, so the resource list tells what the page downloaded.
const msalRequested = () =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('@azure/msal-'));

/** Resolves once the client has decided whether a session may exist: the moment MSAL would load. */
const settled = (client: AuthClient) =>
  new Promise<void>((resolve) => {
    if (client.getState().status !== 'initializing') return resolve();
    const stop = client.subscribe((state) => {
      if (state.status !== 'initializing') {
        stop();
        resolve();
      }
    });
  });

describe('MSAL on demand', () => {
  afterEach(() => {
    setAuthClient(undefined);
    sessionStorage.clear();
  });

  it('is not downloaded by a page with every element while nobody signs in', async () => {
    const client = configureAuth({
      clientId: 'espace-client-demo',
      authority: 'https://localhost:8443/',
      protocolMode: 'OIDC',
    });
    const page = await fixture(
      html`<div>
        <bt-lost-phone-card phone="01 23 45 67 89"></bt-lost-phone-card>
        <bt-signin-button></bt-signin-button>
      </div>`,
    );
    const button = page.querySelector<BtSigninButton>('bt-signin-button')!;
    // The button started the client, which decided from storage whether to look up a session:
    // past that decision, a page that would download MSAL has asked for it (and is still initializing).
    await settled(client);
    expect(client.getState().status).to.equal('signed-out');
    await button.updateComplete;
    expect(button.shadowRoot!.querySelector('[part~="action"]')!.textContent).to.contain('Se connecter');
    expect(msalRequested()).to.equal(false);
  });

  it('is downloaded, and the session looked up, when MSAL left a trace in storage', async () => {
    sessionStorage.setItem('msal.3.account.keys', '[]');
    const client = configureAuth({
      clientId: 'espace-client-demo',
      authority: 'https://localhost:8443/',
      protocolMode: 'OIDC',
    });
    client.start();
    await settled(client);
    expect(msalRequested()).to.equal(true);
    expect(client.getState().status).to.equal('signed-out');
  });
});
