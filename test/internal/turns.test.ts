import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import '../../src/components/activation-landing/define.js';
import '../../src/components/lost-phone-card/define.js';
import '../../src/components/password-hint/define.js';
import '../../src/components/signin-button/define.js';
import type { BtActivationLanding } from '../../src/components/activation-landing/activation-landing.js';
import type { ActivationService } from '../../src/activation/activation-service.js';
import type { ActivationLookup } from '../../src/activation/lookup.js';
import { configureAuth, getAuthClient, setAuthClient } from '../../src/auth/registry.js';
import { takeTurn, whenTaskFree } from '../../src/internal/turns.js';
import '../helpers/lit-warnings.js';
import { busyTask, endOfMicrotasks, freeTask } from '../helpers/turns.js';
import { part } from '../helpers/shadow.js';

// Total Blocking Time (issue 21): the heavy work of a page that upgrades every element at once
// (first renders, synchronous calls to the browser, requests) runs one piece per task.

const TOKEN = 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0U1v';

const loading = (element: Element) => element.matches(':state(loading)');

let box: HTMLElement;
afterEach(() => {
  box?.remove();
  fixtureCleanup();
});

function insert(markup: string) {
  box = document.createElement('div');
  // Static markup of this test, as a page's own HTML.
  box.innerHTML = markup;
  document.body.append(box);
  return [...box.children] as (HTMLElement & { hasUpdated: boolean; updateComplete: Promise<boolean> })[];
}

describe('turns', () => {
  it('gives heavy work the current task when it is free, and a task of its own otherwise', async () => {
    await freeTask();
    const order: string[] = [];
    expect(takeTurn()).to.equal(undefined);
    const second = takeTurn();
    expect(second).to.be.instanceOf(Promise);
    void second!.then(() => order.push('second'));
    whenTaskFree(() => order.push('light'));
    await endOfMicrotasks();
    expect(order, 'nothing else runs in the taken task').to.deep.equal([]);
    await waitUntil(() => order.length === 2);
    expect(order).to.deep.equal(['second', 'light']);
  });

  it('runs light work at once in a free task, without taking it', async () => {
    await freeTask();
    let ran = false;
    whenTaskFree(() => (ran = true));
    expect(ran).to.equal(true);
    expect(takeTurn(), 'the task is still free for heavy work').to.equal(undefined);
  });
});

describe('elements upgrading together', () => {
  it('render their first screens one task each, keeping their reserved room meanwhile', async () => {
    await freeTask();
    const elements = insert(
      '<bt-lost-phone-card></bt-lost-phone-card><bt-password-hint></bt-password-hint><bt-lost-phone-card purpose="contact"></bt-lost-phone-card>',
    );
    await endOfMicrotasks();
    expect(
      elements.map((element) => element.hasUpdated),
      'only the first renders in the task they upgrade in',
    ).to.deep.equal([true, false, false]);
    expect(elements.map(loading)).to.deep.equal([false, true, true]);
    await Promise.all(elements.map((element) => element.updateComplete));
    expect(elements.map(loading)).to.deep.equal([false, false, false]);
    expect(part(elements[2], 'title')?.textContent?.trim()).to.equal('Contacter le service client');
  });

  it('render nothing in a task that already holds heavy work', async () => {
    await busyTask();
    const [card] = insert('<bt-lost-phone-card></bt-lost-phone-card>');
    await endOfMicrotasks();
    expect(card.hasUpdated).to.equal(false);
    expect(loading(card)).to.equal(true);
    await card.updateComplete;
    expect(loading(card)).to.equal(false);
  });

  it('see sign-in settled at their first render, though they upgrade with its configuration', async () => {
    setAuthClient(undefined);
    let storageReads = 0;
    const length = Object.getOwnPropertyDescriptor(Storage.prototype, 'length')!;
    Object.defineProperty(Storage.prototype, 'length', {
      configurable: true,
      get(this: Storage) {
        storageReads++;
        return length.get!.call(this) as number;
      },
    });
    try {
      await busyTask();
      // Nobody signed in and no MSAL trace in storage: the state is known without loading MSAL,
      // once web storage has been read, in a task of its own.
      configureAuth({ clientId: 'espace-client-demo', authority: 'https://localhost:8443/', protocolMode: 'OIDC' });
      const [button] = insert('<bt-signin-button></bt-signin-button>');
      await endOfMicrotasks();
      expect(storageReads, 'web storage is not read in the busy task').to.equal(0);
      await button.updateComplete;
      expect(storageReads).to.be.greaterThan(0);
      checkSignedOutAtFirstRender(button);
    } finally {
      Object.defineProperty(Storage.prototype, 'length', length);
      setAuthClient(undefined);
    }
  });
});

describe('an element that comes before the sign-in configuration', () => {
  /** Every label the button's shadow root has shown, one per rendering task. */
  function labelsOf(button: HTMLElement) {
    const label = () => button.shadowRoot!.textContent.replace(/\s+/g, ' ').trim();
    const labels = [label()];
    const observer = new MutationObserver(() => labels.push(label()));
    observer.observe(button.shadowRoot!, { subtree: true, childList: true, characterData: true });
    return { labels, stop: () => observer.disconnect() };
  }

  // A provider defined after the button (entries loaded apart), or a page that calls
  // configureAuth() late: the configuration arrives in a busy task, its storage reading a task later.
  it('is never drawn « Vérification… » on the way to signed out, once drawn', async () => {
    setAuthClient(undefined);
    try {
      const [button] = insert('<bt-signin-button></bt-signin-button>');
      await waitUntil(() => button.hasUpdated);
      const shown = labelsOf(button);
      await busyTask();
      configureAuth({ clientId: 'espace-client-demo', authority: 'https://localhost:8443/', protocolMode: 'OIDC' });
      await waitUntil(() => getAuthClient()?.getState().status === 'signed-out', 'storage read: nobody signed in');
      await button.updateComplete;
      shown.stop();
      expect(shown.labels.join(' | ')).not.to.contain('Vérification');
      checkSignedOutAtFirstRender(button);
    } finally {
      setAuthClient(undefined);
    }
  });

  it('is never drawn « Vérification… » on the way to signed out, upgraded in the same task', async () => {
    setAuthClient(undefined);
    try {
      await busyTask();
      const [button] = insert('<bt-signin-button></bt-signin-button>');
      configureAuth({ clientId: 'espace-client-demo', authority: 'https://localhost:8443/', protocolMode: 'OIDC' });
      await button.updateComplete;
      checkSignedOutAtFirstRender(button);
    } finally {
      setAuthClient(undefined);
    }
  });
});

function checkSignedOutAtFirstRender(button: HTMLElement) {
  expect(part(button, 'action')?.getAttribute('aria-busy')).to.equal('false');
  expect(button.shadowRoot!.textContent).to.contain('Se connecter');
  expect(button.shadowRoot!.textContent).not.to.contain('Vérification');
}

describe('a landing opened from its invitation link', () => {
  const before = location.href;
  afterEach(() => history.replaceState(null, '', before));

  it('renders with the token at once, then hides it and asks the service, each in a later task', async () => {
    sessionStorage.clear();
    history.replaceState(null, '', `#token=${TOKEN}`);
    const rendered: boolean[] = [];
    const service: ActivationService = {
      lookup(): Promise<ActivationLookup> {
        rendered.push(document.querySelector<BtActivationLanding>('bt-activation-landing')!.hasUpdated);
        return new Promise(() => undefined);
      },
      requestNewLink: () => Promise.resolve({ kind: 'accepted' }),
    };
    await busyTask();
    const [landing] = insert('<bt-activation-landing></bt-activation-landing>') as unknown as BtActivationLanding[];
    landing.service = service;
    await endOfMicrotasks();
    expect(location.hash, 'the address is changed in a task of its own').to.equal(`#token=${TOKEN}`);
    await landing.updateComplete;
    expect(location.hash).to.equal('');
    expect(sessionStorage.length, 'the tab keeps the token').to.be.greaterThan(0);
    expect(part(landing, 'base')?.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => rendered.length === 1, 'the service is asked');
    expect(rendered, 'the request leaves after the first screen').to.deep.equal([true]);
  });
});
