import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/signin-button/define.js';
import type {
  BtAuthErrorEventDetail,
  BtSignedInEventDetail,
  BtSigninButton,
} from '../../src/components/signin-button/signin-button.js';
import { setAuthClient } from '../../src/auth/registry.js';
import { setLocale } from '../../src/localization.js';
import { CAMILLE, FakeAuthClient } from '../../src/testing/fake-auth-client.js';
import '../helpers/lit-warnings.js';
import { part, textOf } from '../helpers/shadow.js';

let client: FakeAuthClient;

async function button(template = html`<bt-signin-button></bt-signin-button>`) {
  const el = await fixture<BtSigninButton>(template);
  await el.updateComplete;
  return el;
}

async function click(el: BtSigninButton, name: string) {
  part(el, name)!.click();
  await el.updateComplete;
}

beforeEach(() => {
  client = new FakeAuthClient();
  setAuthClient(client);
});
afterEach(() => setAuthClient(undefined));

const TEXT = {
  fr: {
    signIn: 'Se connecter',
    busy: 'Connexion en cours…',
    already: 'Une connexion est déjà en cours\u00a0: terminez-la dans la fenêtre Microsoft.',
    cancelled: 'Connexion annulée',
    retry: 'Réessayer',
    again: 'Se reconnecter',
    signOut: 'Se déconnecter',
    offline: 'Hors ligne\u00a0: la connexion sera possible dès le retour du réseau.',
    unavailable: 'Connexion indisponible',
  },
  en: {
    signIn: 'Sign in',
    busy: 'Signing in…',
    already: 'A sign-in is already under way: finish it in the Microsoft window.',
    cancelled: 'Sign-in cancelled',
    retry: 'Try again',
    again: 'Sign in again',
    signOut: 'Sign out',
    offline: 'Offline: you can sign in as soon as the network is back.',
    unavailable: 'Sign-in unavailable',
  },
};

for (const locale of ['fr', 'en'] as const) {
  const t = TEXT[locale];
  describe(`<bt-signin-button> in ${locale}`, () => {
    before(() => setLocale(locale));
    after(() => setLocale('fr'));

    it('offers to sign in when signed out', async () => {
      const el = await button();
      const action = part(el, 'action')!;
      expect(textOf(action)).to.equal(t.signIn);
      expect(action.getAttribute('aria-disabled')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('is busy, keeps focus and says why on a second click while signing in', async () => {
      const el = await button(html`<bt-signin-button login-hint="camille.martin@example.fr"></bt-signin-button>`);
      part(el, 'action')!.focus();
      await click(el, 'action');
      expect(client.signIns).to.deep.equal([{ loginHint: 'camille.martin@example.fr' }]);
      const action = part(el, 'action')!;
      expect(action.getAttribute('aria-busy')).to.equal('true');
      expect(action.getAttribute('aria-disabled')).to.equal('true');
      expect(textOf(action)).to.equal(t.busy);
      expect(el.shadowRoot!.activeElement).to.equal(action);
      await click(el, 'action');
      expect(client.signIns).to.have.length(1);
      expect(textOf(part(el, 'status'))).to.equal(t.already);
      await expect(el).to.be.accessible();
    });

    it('shows the account and a menu to sign out once signed in', async () => {
      const el = await button();
      await click(el, 'action');
      const signedIn = oneEvent<CustomEvent<BtSignedInEventDetail>>(el, 'bt-signed-in');
      client.completeSignIn();
      expect((await signedIn).detail.account).to.deep.equal(CAMILLE);
      await el.updateComplete;
      const account = part(el, 'account')!;
      expect(textOf(account)).to.equal('CM Camille Martin');
      expect(account.getAttribute('aria-expanded')).to.equal('false');
      expect(part(el, 'menu')!.hidden).to.equal(true);
      await click(el, 'account');
      expect(account.getAttribute('aria-expanded')).to.equal('true');
      expect(textOf(part(el, 'menu'))).to.contain('camille.martin@example.fr');
      expect(textOf(part(el, 'sign-out'))).to.equal(t.signOut);
      await expect(el).to.be.accessible();
      const signedOut = oneEvent(el, 'bt-signed-out');
      await click(el, 'sign-out');
      await signedOut;
      expect(client.signOuts).to.equal(1);
      await el.updateComplete;
      expect(textOf(part(el, 'action'))).to.equal(t.signIn);
    });

    it('describes a problem, fires bt-auth-error and offers to retry', async () => {
      const el = await button();
      await click(el, 'action');
      const failed = oneEvent<CustomEvent<BtAuthErrorEventDetail>>(el, 'bt-auth-error');
      client.failSignIn({ code: 'user_cancelled' });
      const { problem } = (await failed).detail;
      expect(problem.code).to.equal('user_cancelled');
      await el.updateComplete;
      const box = part(el, 'problem')!;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(textOf(box)).to.contain(t.cancelled);
      expect(textOf(part(el, 'action'))).to.equal(t.retry);
      await expect(el).to.be.accessible();
      await click(el, 'action');
      expect(client.signIns).to.have.length(2);
      expect(part(el, 'problem')).to.equal(null);
    });

    it('offers to sign in again when the session expired', async () => {
      client.settle({ status: 'error', failure: { code: 'login_required' } });
      const el = await button();
      expect(textOf(part(el, 'action'))).to.equal(t.again);
    });

    it('hides the action and shows the support slot when only customer service can help', async () => {
      const el = await button(
        html`<bt-signin-button><a slot="support" href="tel:0123456789">01</a></bt-signin-button>`,
      );
      client.settle({ status: 'error', failure: { code: 'invalid_grant', aadsts: '50057' } });
      await el.updateComplete;
      expect(part(el, 'action')).to.equal(null);
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="support"]')!;
      expect(slot.assignedElements()).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('says sign-in is unavailable when nothing is configured', async () => {
      setAuthClient(undefined);
      const el = await button();
      expect(part(el, 'action')).to.equal(null);
      expect(textOf(part(el, 'problem'))).to.contain(t.unavailable);
      await expect(el).to.be.accessible();
    });

    it('says so when offline, and waits for the network', async () => {
      const el = await button();
      const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
      try {
        Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
        dispatchEvent(new Event('offline'));
        await el.updateComplete;
        expect(textOf(part(el, 'status'))).to.equal(t.offline);
        expect(part(el, 'action')!.getAttribute('aria-disabled')).to.equal('true');
        await click(el, 'action');
        expect(client.signIns).to.have.length(0);
        await expect(el).to.be.accessible();
      } finally {
        delete (navigator as { onLine?: boolean }).onLine;
        Object.defineProperty(Navigator.prototype, 'onLine', onLine);
        dispatchEvent(new Event('online'));
      }
      await el.updateComplete;
      expect(textOf(part(el, 'status'))).to.equal('');
      expect(part(el, 'action')!.getAttribute('aria-disabled')).to.equal('false');
    });
  });
}

describe('<bt-signin-button> behaviour', () => {
  it('passes the same-origin return URL and interaction to the client', async () => {
    const el = await button(
      html`<bt-signin-button return-url="/espace-client/" interaction="popup"></bt-signin-button>`,
    );
    await click(el, 'action');
    expect(client.signIns).to.deep.equal([{ returnUrl: '/espace-client/', interaction: 'popup' }]);
  });

  it('fires no event when the host sets properties or a session is restored', async () => {
    const el = await button();
    const events: string[] = [];
    for (const type of ['bt-signed-in', 'bt-signed-out', 'bt-auth-error'])
      el.addEventListener(type, () => events.push(type));
    el.loginHint = 'x@example.fr';
    el.returnUrl = '/';
    client.settle({ status: 'signed-in', account: CAMILLE });
    await el.updateComplete;
    expect(events).to.deep.equal([]);
  });

  it('events bubble out of shadow roots', async () => {
    const el = await button();
    const outer = el.parentElement!;
    const heard = oneEvent(outer, 'bt-signed-in');
    await click(el, 'action');
    client.completeSignIn();
    const event = await heard;
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('works with the keyboard: Enter signs in, Escape closes the menu and returns focus', async () => {
    const el = await button();
    part(el, 'action')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(client.signIns).to.have.length(1);
    client.completeSignIn();
    await el.updateComplete;
    part(el, 'account')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(part(el, 'menu')!.hidden).to.equal(false);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'sign-out'));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(part(el, 'menu')!.hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'account'));
  });

  it('keeps keyboard focus on the button that replaces the focused one', async () => {
    const el = await button();
    part(el, 'action')!.focus();
    await sendKeys({ press: 'Enter' });
    client.completeSignIn();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement, 'signed in').to.equal(part(el, 'account'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(client.signOuts).to.equal(1);
    expect(el.shadowRoot!.activeElement, 'signed out').to.equal(part(el, 'action'));
  });

  it('moves focus to the problem when only customer service can help', async () => {
    const el = await button();
    part(el, 'action')!.focus();
    await sendKeys({ press: 'Enter' });
    client.failSignIn({ code: 'invalid_grant', aadsts: '50057' });
    await el.updateComplete;
    expect(part(el, 'action')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'problem'));
  });

  it('does not take focus it did not have', async () => {
    const el = await button();
    await client.signIn();
    client.completeSignIn();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(null);
  });

  it('closes the menu when focus leaves it', async () => {
    const el = await button();
    client.settle({ status: 'signed-in', account: CAMILLE });
    await el.updateComplete;
    part(el, 'account')!.focus();
    await click(el, 'account');
    expect(part(el, 'menu')!.hidden).to.equal(false);
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    await el.updateComplete;
    expect(part(el, 'menu')!.hidden).to.equal(true);
    outside.remove();
  });

  it('points a customer without access to the activation link, without a retry', async () => {
    const el = await button(html`<bt-signin-button><a slot="support" href="tel:0123456789">01</a></bt-signin-button>`);
    client.settle({ status: 'error', failure: { code: 'invalid_grant', aadsts: '90072' } });
    await el.updateComplete;
    expect(part(el, 'action')).to.equal(null);
    expect(textOf(part(el, 'problem'))).to.contain('lien d’activation');
    expect(el.shadowRoot!.querySelector('slot[name="support"]')).to.equal(null);
  });

  it('aligns the menu with either edge when there is room', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="padding-inline-start: 300px"><bt-signin-button menu-align="end"></bt-signin-button></div>`,
    );
    const el = wrapper.querySelector<BtSigninButton>('bt-signin-button')!;
    expect(el.menuAlign).to.equal('end');
    client.settle({ status: 'signed-in', account: CAMILLE });
    await el.updateComplete;
    await click(el, 'account');
    const menu = part(el, 'menu')!.getBoundingClientRect();
    const account = part(el, 'account')!.getBoundingClientRect();
    expect(Math.round(menu.right)).to.equal(Math.round(account.right));
    el.menuAlign = 'start';
    await el.updateComplete;
    expect(el.getAttribute('menu-align')).to.equal('start');
    expect(Math.round(part(el, 'menu')!.getBoundingClientRect().left)).to.equal(Math.round(account.left));
  });

  it('keeps the open menu on screen when the button sits near the edge', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="display: flex; justify-content: flex-end"><bt-signin-button></bt-signin-button></div>`,
    );
    const el = wrapper.querySelector<BtSigninButton>('bt-signin-button')!;
    client.settle({ status: 'signed-in', account: CAMILLE });
    await el.updateComplete;
    await click(el, 'account');
    const menu = part(el, 'menu')!.getBoundingClientRect();
    expect(menu.right).to.be.at.most(innerWidth);
    expect(menu.left).to.be.at.least(0);
    expect(menu.width).to.be.greaterThan(part(el, 'account')!.getBoundingClientRect().width);
  });

  it('unsubscribes from the client when removed', async () => {
    const el = await button();
    expect(client.listenerCount).to.equal(1);
    el.remove();
    expect(client.listenerCount).to.equal(0);
  });
});
