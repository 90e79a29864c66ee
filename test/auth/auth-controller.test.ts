import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { AuthController } from '../../src/auth/auth-controller.js';
import { getAuthClient, setAuthClient } from '../../src/auth/registry.js';
import type { MsalAuthClient } from '../../src/auth/msal-auth-client.js';
import type { BtAuthProvider } from '../../src/components/auth-provider/auth-provider.js';
import { describeFailure } from '../../src/auth/describe-problem.js';
import type { AuthAccount, AuthChange } from '../../src/auth/types.js';
import '../../src/components/auth-provider/define.js';
import { CAMILLE, FakeAuthClient } from '../../src/testing/fake-auth-client.js';
import { warnings } from '../helpers/lit-warnings.js';

/** The smallest element that uses the controller, as any element of the library does. */
class AuthProbe extends LitElement {
  changes: AuthChange[] = [];
  readonly auth = new AuthController(this, (change) => this.changes.push(change));
  override render() {
    return html`${this.auth.status}`;
  }
}
customElements.define('auth-probe', AuthProbe);

afterEach(() => setAuthClient(undefined));

describe('AuthController', () => {
  it('follows the page client configured without a provider', async () => {
    const client = new FakeAuthClient();
    setAuthClient(client);
    const probe = await fixture<AuthProbe>(html`<auth-probe></auth-probe>`);
    expect(probe.auth.status).to.equal('signed-out');
    expect(client.starts).to.equal(1);
    // The sign-in stays pending until the provider answers: it must not be awaited first.
    const outcome = probe.auth.signIn({ loginHint: 'camille.martin@example.fr', initiator: 'auth-probe' });
    expect(client.signIns).to.deep.equal([{ loginHint: 'camille.martin@example.fr', initiator: 'auth-probe' }]);
    expect(probe.auth.status).to.equal('interacting');
    client.completeSignIn();
    expect(await outcome).to.deep.equal({ kind: 'signed-in', account: CAMILLE });
    await probe.updateComplete;
    expect(probe.auth.account).to.deep.equal(CAMILLE);
    expect(probe.shadowRoot!.textContent).to.contain('signed-in');
    expect(probe.changes).to.deep.equal([{ kind: 'signed-in', account: CAMILLE, initiator: 'auth-probe' }]);
  });

  it('says busy, without a second interaction, while a sign-in is under way', async () => {
    const client = new FakeAuthClient();
    setAuthClient(client);
    const probe = await fixture<AuthProbe>(html`<auth-probe></auth-probe>`);
    const first = probe.auth.signIn();
    expect(await probe.auth.signIn()).to.deep.equal({ kind: 'busy' });
    expect(client.signIns).to.have.length(1);
    probe.auth.cancelInteraction();
    expect(await first).to.deep.equal({ kind: 'abandoned' });
    expect(client.cancellations).to.equal(1);
    expect(probe.auth.status).to.equal('signed-out');
    // Giving up is not a change to announce.
    expect(probe.changes).to.deep.equal([]);
  });

  it('keeps two elements sharing one client in step', async () => {
    const client = new FakeAuthClient();
    setAuthClient(client);
    const box = await fixture(html`<div><auth-probe></auth-probe><auth-probe></auth-probe></div>`);
    const [first, second] = box.querySelectorAll<AuthProbe>('auth-probe');
    const outcome = first.auth.signIn();
    expect(second.auth.status).to.equal('interacting');
    client.completeSignIn();
    expect(await outcome).to.deep.equal({ kind: 'signed-in', account: CAMILLE });
    expect(second.auth.status).to.equal('signed-in');
    expect(second.changes).to.have.length(1);
    await second.auth.signOut();
    expect(first.auth.status).to.equal('signed-out');
    expect(client.listenerCount).to.equal(2);
  });

  it('stops listening on disconnect and listens again on reconnect', async () => {
    const client = new FakeAuthClient();
    setAuthClient(client);
    const probe = await fixture<AuthProbe>(html`<auth-probe></auth-probe>`);
    expect(client.listenerCount).to.equal(1);
    const parent = probe.parentElement!;
    probe.remove();
    expect(client.listenerCount).to.equal(0);
    client.completeSignIn();
    expect(probe.changes).to.deep.equal([]);
    parent.append(probe);
    expect(client.listenerCount).to.equal(1);
    expect(probe.auth.status).to.equal('signed-in');
  });

  it('reports a missing configuration, then follows configureAuth when it comes', async () => {
    const probe = await fixture<AuthProbe>(html`<auth-probe></auth-probe>`);
    expect(probe.auth.status).to.equal('error');
    expect(probe.auth.failure?.code).to.equal('not_configured');
    expect(describeFailure(probe.auth.failure!).title).to.equal('Connexion indisponible');
    expect(await probe.auth.signIn()).to.deep.equal({ kind: 'failed', failure: { code: 'not_configured' } });
    expect(warnings.some((w) => w.includes('no sign-in configuration'))).to.equal(true);
    const client = new FakeAuthClient({ status: 'signed-in', account: CAMILLE });
    setAuthClient(client);
    expect(probe.auth.status).to.equal('signed-in');
    // A restored session is not a change the user made.
    expect(probe.changes).to.deep.equal([]);
  });

  it('describes failures in plain words and dismisses them', async () => {
    const client = new FakeAuthClient();
    setAuthClient(client);
    const probe = await fixture<AuthProbe>(html`<auth-probe></auth-probe>`);
    const outcome = probe.auth.signIn({ initiator: 'auth-probe' });
    client.failSignIn({ code: 'user_cancelled' });
    expect(await outcome).to.deep.equal({ kind: 'failed', failure: { code: 'user_cancelled' } });
    expect(probe.auth.status).to.equal('error');
    expect(describeFailure(probe.auth.failure!).title).to.equal('Connexion annulée');
    expect(probe.changes).to.deep.equal([
      { kind: 'failed', failure: { code: 'user_cancelled' }, initiator: 'auth-probe' },
    ]);
    probe.auth.dismissProblem();
    expect(probe.auth.status).to.equal('signed-out');
  });

  it('follows the network and clears a connectivity problem when it comes back', async () => {
    const client = new FakeAuthClient();
    setAuthClient(client);
    const probe = await fixture<AuthProbe>(html`<auth-probe></auth-probe>`);
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    try {
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      dispatchEvent(new Event('offline'));
      expect(probe.auth.online).to.equal(false);
      client.failSignIn({ code: 'no_network_connectivity' });
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
      dispatchEvent(new Event('online'));
      expect(probe.auth.online).to.equal(true);
      expect(probe.auth.status).to.equal('signed-out');
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
      Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    }
  });
});

describe('<bt-auth-provider>', () => {
  it('provides its client to the elements inside it', async () => {
    const box = await fixture(html`
      <bt-auth-provider client-id="espace-client-demo" authority="https://localhost:8443/" protocol-mode="OIDC">
        <section><auth-probe></auth-probe></section>
      </bt-auth-provider>
    `);
    const probe = box.querySelector<AuthProbe>('auth-probe')!;
    // Nobody signed in and no MSAL trace in storage: signed out without loading MSAL.
    expect(probe.auth.status).to.equal('signed-out');
    expect(getComputedStyle(box).display).to.equal('contents');
  });

  it('waits for a client-id bound after it connects, as frameworks do', async () => {
    setAuthClient(undefined);
    const box = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`
      <bt-auth-provider><auth-probe></auth-probe></bt-auth-provider>
    `);
    const probe = box.querySelector<AuthProbe>('auth-probe')!;
    expect(probe.auth.failure?.code).to.equal('not_configured');
    box.setAttribute('protocol-mode', 'OIDC');
    box.setAttribute('authority', 'https://localhost:8443/');
    box.setAttribute('client-id', 'espace-client-demo');
    await box.updateComplete;
    await probe.updateComplete;
    expect(probe.auth.status).to.equal('signed-out');
    expect(probe.auth.failure).to.equal(undefined);
  });

  it('takes an authority bound after the client id, as asynchronous framework bindings do', async () => {
    const box = await fixture<BtAuthProvider>(html`
      <bt-auth-provider client-id="00000000-0000-4000-8000-000000000001"><auth-probe></auth-probe></bt-auth-provider>
    `);
    const probe = box.querySelector<AuthProbe>('auth-probe')!;
    const early = getAuthClient();
    // A framework's next bindings, after the element connected.
    box.authority = 'https://login.microsoftonline.com/contoso.onmicrosoft.com';
    box.scopes = 'api://portal/read';
    await box.updateComplete;
    await probe.updateComplete;
    const client = getAuthClient() as MsalAuthClient;
    expect(client).not.to.equal(early);
    expect(client.config.authority).to.equal('https://login.microsoftonline.com/contoso.onmicrosoft.com');
    expect(client.config.scopes).to.deep.equal(['api://portal/read']);
    expect(probe.auth.status).to.equal('signed-out');
  });

  it('takes the whole configuration as one object', async () => {
    const box = await fixture<BtAuthProvider>(html`
      <bt-auth-provider
        .config=${{ clientId: 'espace-client-demo', authority: 'https://localhost:8443/', protocolMode: 'OIDC' }}
      >
        <auth-probe></auth-probe>
      </bt-auth-provider>
    `);
    const client = getAuthClient() as MsalAuthClient;
    expect(client.config.authority).to.equal('https://localhost:8443');
    expect(box.querySelector<AuthProbe>('auth-probe')!.auth.status).to.equal('signed-out');
  });

  it('reports a wrong configuration by attribute name and shows it in the elements', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      const box = await fixture(html`
        <bt-auth-provider client-id="not-a-guid"><auth-probe></auth-probe></bt-auth-provider>
      `);
      const probe = box.querySelector<AuthProbe>('auth-probe')!;
      expect(probe.auth.status).to.equal('error');
      expect(probe.auth.failure?.code).to.equal('configuration_error');
      expect(describeFailure(probe.auth.failure!).title).to.equal('Connexion indisponible');
      expect(errors.join(' ')).to.contain('`clientId`');
    } finally {
      console.error = original;
    }
  });
});

describe('<bt-auth-provider> on load', () => {
  it('tells the host once who is signed in, for a session restored without any sign-in', async () => {
    const restored = new FakeAuthClient({ status: 'signed-in', account: CAMILLE });
    const heard: (AuthAccount | undefined)[] = [];
    const listen = (event: CustomEvent<{ account?: AuthAccount }>) => heard.push(event.detail.account);
    document.addEventListener('bt-auth-ready', listen);
    try {
      await fixture(html`<bt-auth-provider .client=${restored}><auth-probe></auth-probe></bt-auth-provider>`);
      await waitUntil(() => heard.length > 0, 'bt-auth-ready never came');
      restored.completeSignIn();
      // A later sign-in is not a load: a second event would be dispatched in a task queued
      // before this one.
      await new Promise((resolve) => setTimeout(resolve));
      expect(heard).to.deep.equal([CAMILLE]);
    } finally {
      document.removeEventListener('bt-auth-ready', listen);
    }
  });

  it('says nobody is signed in, when nobody is', async () => {
    const heard: CustomEvent[] = [];
    const listen = (event: CustomEvent) => heard.push(event);
    document.addEventListener('bt-auth-ready', listen);
    try {
      await fixture(
        html`<bt-auth-provider .client=${new FakeAuthClient()}><auth-probe></auth-probe></bt-auth-provider>`,
      );
      await waitUntil(() => heard.length > 0, 'bt-auth-ready never came');
      expect(heard[0].detail).to.deep.equal({});
    } finally {
      document.removeEventListener('bt-auth-ready', listen);
    }
  });
});

describe('<bt-auth-provider> and its client', () => {
  // A single-page app's routes create a provider each time: none may stay a listener of the page's client.
  it('no longer listens once it has announced, even when the client is provided again', async () => {
    const client = new FakeAuthClient();
    const provider = await fixture<BtAuthProvider>(html`<bt-auth-provider .client=${client}></bt-auth-provider>`);
    expect(client.listenerCount).to.equal(0);
    provider.client = new FakeAuthClient();
    await provider.updateComplete;
    provider.client = client;
    await provider.updateComplete;
    expect(client.listenerCount).to.equal(0);
  });

  it('lets go of a client still starting when taken out of the page, and announces once back', async () => {
    const client = new FakeAuthClient({ status: 'initializing' });
    const heard: CustomEvent[] = [];
    const listen = (event: CustomEvent) => heard.push(event);
    document.addEventListener('bt-auth-ready', listen);
    try {
      const provider = await fixture<BtAuthProvider>(html`<bt-auth-provider .client=${client}></bt-auth-provider>`);
      expect(client.listenerCount).to.equal(1);
      const parent = provider.parentElement!;
      provider.remove();
      expect(client.listenerCount).to.equal(0);
      parent.append(provider);
      expect(client.listenerCount).to.equal(1);
      client.settle({ status: 'signed-out' });
      expect(client.listenerCount).to.equal(0);
      await waitUntil(() => heard.length > 0, 'bt-auth-ready never came');
      expect(heard[0].detail).to.deep.equal({});
    } finally {
      document.removeEventListener('bt-auth-ready', listen);
    }
  });
});

describe('<bt-auth-provider> with a client of the host', () => {
  it('provides the given client to its subtree only', async () => {
    const inner = new FakeAuthClient({ status: 'signed-in', account: CAMILLE });
    const page = new FakeAuthClient();
    setAuthClient(page);
    const box = await fixture(
      html`<div>
        <bt-auth-provider .client=${inner}><auth-probe id="inside"></auth-probe></bt-auth-provider>
        <auth-probe id="outside"></auth-probe>
      </div>`,
    );
    expect(box.querySelector<AuthProbe>('#inside')!.auth.status).to.equal('signed-in');
    expect(box.querySelector<AuthProbe>('#outside')!.auth.status).to.equal('signed-out');
  });
});
