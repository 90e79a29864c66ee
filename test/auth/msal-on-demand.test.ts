import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { configureAuth, setAuthClient } from '../../src/auth/registry.js';
import '../helpers/lit-warnings.js';
import type { BtSigninButton } from '../../src/components/signin-button/signin-button.js';

// This file runs in its own page, so the resource list tells what the page downloaded.
const msalRequested = () =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('@azure/msal-'));

const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe('MSAL on demand', () => {
  afterEach(() => {
    setAuthClient(undefined);
    sessionStorage.clear();
  });

  it('is not downloaded by a page with every element while nobody signs in', async () => {
    configureAuth({ clientId: 'espace-client-demo', authority: 'https://localhost:8443/', protocolMode: 'OIDC' });
    const page = await fixture(
      html`<div>
        <bt-lost-phone-card phone="01 23 45 67 89"></bt-lost-phone-card>
        <bt-signin-button></bt-signin-button>
      </div>`,
    );
    const button = page.querySelector<BtSigninButton>('bt-signin-button')!;
    await settle();
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
    await new Promise<void>((resolve) => {
      const stop = client.subscribe((state) => {
        if (state.status !== 'initializing') {
          stop();
          resolve();
        }
      });
    });
    expect(msalRequested()).to.equal(true);
    expect(client.getState().status).to.equal('signed-out');
  });
});
