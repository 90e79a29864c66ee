import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/components/signin-button/define.js';
import '../../src/components/lost-phone-card/define.js';
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

/** Problem descriptions load on the first failure: the alert comes shortly after. */
async function problemShown(el: BtSigninButton): Promise<HTMLElement> {
  await waitUntil(() => part(el, 'problem'), 'the problem is shown');
  return part(el, 'problem') as HTMLElement;
}

/** The button of the status line or the problem box with this text. */
function buttonNamed(el: BtSigninButton, name: string): HTMLButtonElement | undefined {
  return [...el.shadowRoot!.querySelectorAll('button')].find((candidate) => textOf(candidate) === name);
}

beforeEach(() => {
  client = new FakeAuthClient();
  setAuthClient(client);
});
afterEach(() => setAuthClient(undefined));

// First in the file: nothing has loaded the problem descriptions yet.
describe('<bt-signin-button> before any failure', () => {
  it('shows a failure that arrives as a state alone, loading its description then', async () => {
    const el = await button();
    client.settle({ status: 'error', failure: { code: 'invalid_grant', aadsts: '50057' } });
    const box = await problemShown(el);
    expect(box.getAttribute('role')).to.equal('alert');
    expect(textOf(box)).to.contain('Compte désactivé');
    expect(part(el, 'action')).to.equal(null);
  });
});

const TEXT = {
  fr: {
    signIn: 'Se connecter',
    busy: 'Connexion…',
    already: 'Une connexion est déjà en cours\u00a0: terminez-la dans la fenêtre Microsoft, ou recommencez.',
    restart: 'Annuler et recommencer',
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
    already: 'A sign-in is already under way: finish it in the Microsoft window, or start again.',
    restart: 'Cancel and start again',
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
      expect(client.signIns).to.deep.equal([{ loginHint: 'camille.martin@example.fr', initiator: 'bt-signin-button' }]);
      const action = part(el, 'action')!;
      expect(action.getAttribute('aria-busy')).to.equal('true');
      expect(action.getAttribute('aria-disabled')).to.equal('true');
      expect(textOf(action)).to.equal(t.busy);
      expect(el.shadowRoot!.activeElement).to.equal(action);
      await click(el, 'action');
      expect(client.signIns).to.have.length(1);
      expect(textOf(part(el, 'status'))).to.equal(`${t.already} ${t.restart}`);
      expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });

    it('gives up the stuck sign-in and starts again when asked', async () => {
      const el = await button(html`<bt-signin-button login-hint="camille.martin@example.fr"></bt-signin-button>`);
      await click(el, 'action');
      await click(el, 'action');
      buttonNamed(el, t.restart)!.click();
      await el.updateComplete;
      expect(client.cancellations).to.equal(1);
      const options = { loginHint: 'camille.martin@example.fr', initiator: 'bt-signin-button' };
      expect(client.signIns).to.deep.equal([options, options]);
      expect(textOf(part(el, 'action'))).to.equal(t.busy);
      expect(textOf(part(el, 'status'))).not.to.contain(t.already);
      expect(buttonNamed(el, t.restart)).to.equal(undefined);
      expect(part(el, 'problem'), 'giving up is not a failure').to.equal(null);
      const signedIn = oneEvent<CustomEvent<BtSignedInEventDetail>>(el, 'bt-signed-in');
      client.completeSignIn();
      expect((await signedIn).detail.account).to.deep.equal(CAMILLE);
    });

    it('shows the account and a menu to sign out once signed in', async () => {
      const el = await button();
      await click(el, 'action');
      const signedIn = oneEvent<CustomEvent<BtSignedInEventDetail>>(el, 'bt-signed-in');
      client.completeSignIn();
      expect((await signedIn).detail.account).to.deep.equal(CAMILLE);
      await el.updateComplete;
      const account = part(el, 'account')!;
      expect(textOf(account.querySelector('.name [aria-hidden="true"]')), 'shown').to.equal('Camille Martin');
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
      const box = await problemShown(el);
      const { problem } = (await failed).detail;
      expect(problem.code).to.equal('user_cancelled');
      expect(problem.title).to.equal(t.cancelled);
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
      await problemShown(el);
      expect(textOf(part(el, 'action'))).to.equal(t.again);
    });

    it('hides the action and shows the support slot when only customer service can help', async () => {
      const el = await button(
        html`<bt-signin-button><a slot="support" href="tel:0123456789">01</a></bt-signin-button>`,
      );
      client.settle({ status: 'error', failure: { code: 'invalid_grant', aadsts: '50057' } });
      await problemShown(el);
      expect(part(el, 'action')).to.equal(null);
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="support"]')!;
      expect(slot.assignedElements()).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('draws a support card inside the problem box without a box of its own (no alert in an alert)', async () => {
      const el = await button(
        html`<bt-signin-button
          ><bt-lost-phone-card
            slot="support"
            purpose="contact"
            compact
            heading-level="3"
            phone="01 23 45 67 89"
          ></bt-lost-phone-card
        ></bt-signin-button>`,
      );
      client.settle({ status: 'error', failure: { code: 'invalid_grant', aadsts: '50057' } });
      await problemShown(el);
      const card = el.querySelector('bt-lost-phone-card')!;
      await card.updateComplete;
      const box = getComputedStyle(part(card, 'base')!);
      expect(box.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(box.borderInlineStartColor).to.equal('rgba(0, 0, 0, 0)');
      expect(box.borderTopColor).to.equal('rgba(0, 0, 0, 0)');
      expect(box.paddingTop).to.equal('0px');
      expect(textOf(part(card, 'title'))).to.equal(
        locale === 'fr' ? 'Contacter le service client' : 'Contact customer service',
      );
      await expect(el).to.be.accessible();
    });

    it('says sign-in is unavailable when nothing is configured', async () => {
      setAuthClient(undefined);
      const el = await button();
      expect(textOf(await problemShown(el))).to.contain(t.unavailable);
      expect(part(el, 'action')).to.equal(null);
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
    expect(client.signIns).to.deep.equal([
      { returnUrl: '/espace-client/', interaction: 'popup', initiator: 'bt-signin-button' },
    ]);
  });

  it('names itself with its id, so that two buttons tell their sign-ins apart', async () => {
    const el = await button(html`<bt-signin-button id="header"></bt-signin-button>`);
    await click(el, 'action');
    expect(client.signIns).to.deep.equal([{ initiator: 'bt-signin-button--header' }]);
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
    const box = await problemShown(el);
    expect(part(el, 'action')).to.equal(null);
    await waitUntil(() => el.shadowRoot!.activeElement === box, 'focus moves to the problem');
  });

  it('does not take focus it did not have', async () => {
    const el = await button();
    // Another element's sign-in: the client's promise stays pending until it completes.
    const outcome = client.signIn({ initiator: 'bt-activation-landing' });
    client.completeSignIn();
    expect(await outcome).to.deep.equal({ kind: 'signed-in', account: CAMILLE });
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
    expect(textOf(await problemShown(el))).to.contain('lien d’activation');
    expect(part(el, 'action')).to.equal(null);
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

  it('neither shows nor announces the failure of another element’s sign-in', async () => {
    const el = await button();
    // The descriptions are loaded (an earlier failure of its own, closed since): nothing is hidden by a slow load.
    await click(el, 'action');
    client.failSignIn({ code: 'user_cancelled' });
    await problemShown(el);
    buttonNamed(el, 'Fermer')!.click();
    await el.updateComplete;
    expect(part(el, 'problem')).to.equal(null);

    const events: Event[] = [];
    el.addEventListener('bt-auth-error', (event) => events.push(event));
    const outcome = client.signIn({ initiator: 'bt-activation-landing' });
    await el.updateComplete;
    expect(textOf(part(el, 'action')), 'busy during any sign-in of the page').to.equal('Connexion…');
    client.failSignIn({ code: 'popup_window_error' });
    expect(await outcome).to.deep.equal({ kind: 'failed', failure: { code: 'popup_window_error' } });
    await import('../../src/auth/describe-problem.js');
    await el.updateComplete;
    expect(part(el, 'problem')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(textOf(part(el, 'action'))).to.equal('Se connecter');
    expect(events).to.deep.equal([]);
  });

  it('shows and announces once a failure no element caused', async () => {
    const el = await button();
    const events: CustomEvent<BtAuthErrorEventDetail>[] = [];
    el.addEventListener('bt-auth-error', (event) => events.push(event));
    client.failSignIn({ code: 'msal_load_failed' });
    expect(textOf(await problemShown(el))).to.contain('Module de connexion non chargé');
    await waitUntil(() => events.length > 0, 'bt-auth-error');
    expect(events.map((event) => event.detail.problem.code)).to.deep.equal(['msal_load_failed']);
  });

  it('unsubscribes from the client when removed', async () => {
    const el = await button();
    expect(client.listenerCount).to.equal(1);
    el.remove();
    expect(client.listenerCount).to.equal(0);
  });
});

describe('<bt-signin-button> for a screen reader and a narrow menu (issue 19)', () => {
  before(() => setLocale('fr'));

  /** What a screen reader reads of `node`: its text without what is hidden from it. */
  const spoken = (node: Element | null) => {
    const copy = node?.cloneNode(true) as Element | undefined;
    copy?.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    return textOf(copy);
  };

  it('keeps its empty status line in the accessibility tree, so that its first message is announced', async () => {
    const el = await button();
    const status = part(el, 'status')!;
    expect(textOf(status)).to.equal('');
    expect(getComputedStyle(status).display).not.to.equal('none');
    await click(el, 'action');
    expect(part(el, 'status'), 'the same live region').to.equal(status);
    expect(textOf(status)).to.equal('Poursuivez sur la page Microsoft qui s’est ouverte.');
  });

  it('says in words that its sign-in succeeded, and that the account button opens the account menu', async () => {
    const el = await button();
    part(el, 'action')!.focus();
    await sendKeys({ press: 'Enter' });
    const status = part(el, 'status')!;
    client.completeSignIn();
    await el.updateComplete;
    expect(part(el, 'status')).to.equal(status);
    expect(textOf(status)).to.equal('Compte connecté\u00a0: Camille Martin (camille.martin@example.fr).');
    expect(spoken(part(el, 'account')), 'the account button’s name').to.equal('Compte de Camille Martin');
    // Read in one piece, not « camille. martin@ example.fr » (Chromium reads a space at each <wbr>).
    expect(el.shadowRoot!.querySelector('.username [aria-hidden="true"] wbr'), 'shown with break opportunities').to
      .exist;
    expect(spoken(el.shadowRoot!.querySelector('.username'))).to.equal('camille.martin@example.fr');
    expect(part(el, 'account')!.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
    // Said once: it is gone once the customer signs out.
    await click(el, 'account');
    await click(el, 'sign-out');
    expect(textOf(part(el, 'status'))).to.equal('');
  });

  it('says nothing of a session it did not start (another tab, a restored page)', async () => {
    const el = await button();
    client.settle({ status: 'signed-in', account: CAMILLE }, { kind: 'signed-in', account: CAMILLE });
    await el.updateComplete;
    expect(part(el, 'account')).to.exist;
    expect(textOf(part(el, 'status'))).to.equal('');
  });

  it('names the account in English too', async () => {
    await setLocale('en');
    try {
      const el = await button();
      await click(el, 'action');
      client.completeSignIn();
      await el.updateComplete;
      expect(spoken(part(el, 'account'))).to.equal('Camille Martin account');
      expect(textOf(part(el, 'status'))).to.equal('Signed in as Camille Martin (camille.martin@example.fr).');
    } finally {
      await setLocale('fr');
    }
  });

  it('breaks a long address in the menu between its parts, never inside a word, whatever word-break the page sets', async () => {
    const username = 'dominique.bernard@cabinet-durand-associes.fr';
    /** The text of each line `shown` takes. */
    const lines = (shown: Element) => {
      const found: string[] = [];
      let top = -Infinity;
      const walker = document.createTreeWalker(shown, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let index = 0; index < node.textContent!.length; index++) {
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          if (rect.top > top + 1) found.push('');
          top = Math.max(top, rect.top);
          found[found.length - 1] += node.textContent![index];
        }
      }
      return found;
    };
    await setViewport({ width: 320, height: 640 });
    try {
      // `word-break` is inherited: a page (or a CMS theme) that sets it reaches into the element.
      const page = await fixture(html`<div style="word-break: break-all"><bt-signin-button></bt-signin-button></div>`);
      const el = page.querySelector<BtSigninButton>('bt-signin-button')!;
      await el.updateComplete;
      await click(el, 'action');
      client.completeSignIn({ id: 'd', name: '', username });
      await el.updateComplete;
      await click(el, 'account');
      const found = lines(el.shadowRoot!.querySelector('.username [aria-hidden="true"]')!);
      expect(found.join('')).to.equal(username);
      expect(found.length, 'the address does not fit on one line').to.be.greaterThan(1);
      for (const line of found.slice(0, -1)) expect(line, found.join(' | ')).to.match(/[@.-]$/);
      // The account button keeps one line: the address is cut, the whole of it in its name and title.
      const name = el.shadowRoot!.querySelector<HTMLElement>('[part~="account"] .name')!;
      expect(lines(name.querySelector('[aria-hidden="true"]')!)).to.have.length(1);
      expect(name.scrollWidth).to.be.greaterThan(name.clientWidth);
      expect(part(el, 'account')!.title).to.equal(username);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<bt-signin-button> in a header: problems in a popover, one line, compact (issue 20 item 3)', () => {
  before(() => setLocale('fr'));

  const panel = (el: BtSigninButton) => part(el, 'panel');
  const isOpen = (el: BtSigninButton) => panel(el)?.matches(':popover-open') === true;
  const active = (el: BtSigninButton) => el.shadowRoot!.activeElement;

  async function failedOwnSignIn(el: BtSigninButton, code = 'user_cancelled') {
    part(el, 'action')!.focus();
    await sendKeys({ press: 'Enter' });
    client.failSignIn({ code });
    await problemShown(el);
    await waitUntil(() => isOpen(el), 'the panel opens');
  }

  it('shows its own failure in a popover panel under the button, announced, with a close button', async () => {
    const el = await button();
    const failed = oneEvent<CustomEvent<BtAuthErrorEventDetail>>(el, 'bt-auth-error');
    await failedOwnSignIn(el);
    expect((await failed).detail.problem.code).to.equal('user_cancelled');
    const box = part(el, 'problem')!;
    expect(panel(el)!.contains(box)).to.equal(true);
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.classList.contains('alert')).to.equal(true);
    // Under the button, lined up with it: anchored, out of the page's flow.
    const anchor = el.getBoundingClientRect();
    const shown = panel(el)!.getBoundingClientRect();
    expect(Math.round(shown.top - anchor.bottom)).to.equal(4);
    expect(Math.round(shown.left)).to.equal(Math.round(anchor.left));
    expect(textOf(part(el, 'close'))).to.equal('Fermer');
    await expect(el).to.be.accessible();
  });

  it('closes with Escape and with its close button, and gives focus back to the button', async () => {
    const el = await button();
    await failedOwnSignIn(el);
    await sendKeys({ press: 'Tab' });
    expect(active(el) === part(el, 'close'), 'Tab goes from the button into the panel').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(isOpen(el)).to.equal(false);
    await waitUntil(() => active(el) === part(el, 'action'), 'focus back on the button');
    expect(textOf(part(el, 'action')), 'closed, the problem is done with').to.equal('Se connecter');

    await failedOwnSignIn(el, 'popup_window_error');
    part(el, 'close')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(isOpen(el)).to.equal(false);
    await waitUntil(() => active(el) === part(el, 'action'), 'focus back on the button');
  });

  it('hides on a click elsewhere without forgetting the problem or taking focus back', async () => {
    const el = await button();
    await failedOwnSignIn(el);
    await sendMouse({ type: 'click', position: [700, 500] });
    await resetMouse();
    await el.updateComplete;
    expect(isOpen(el)).to.equal(false);
    expect(textOf(part(el, 'action'))).to.equal('Réessayer');
  });

  it('opens and closes a problem that trying again cannot solve with its own button, from the keyboard', async () => {
    setAuthClient(undefined);
    const el = await button();
    await problemShown(el);
    await waitUntil(() => isOpen(el), 'the panel opens by itself');
    const opener = part(el, 'problem-button')!;
    expect(textOf(opener), 'one short word in the fixed box').to.equal('!Problème');
    expect(opener.getAttribute('aria-label')).to.equal('Problème : Connexion indisponible');
    await waitUntil(() => opener.getAttribute('aria-expanded') === 'true', 'it says the panel is open');
    await expect(el).to.be.accessible();
    opener.focus();
    await sendKeys({ press: 'Escape' });
    // Escape on the button (focus outside the panel) closes the panel too, by the platform.
    await waitUntil(() => !isOpen(el), 'closed');
    await waitUntil(() => opener.getAttribute('aria-expanded') === 'false', 'it says the panel is closed');
    expect(part(el, 'problem'), 'not closable: still there').to.exist;
    for (const key of ['Enter', ' '] as const) {
      await sendKeys({ press: key });
      await waitUntil(() => isOpen(el), `${key === ' ' ? 'Space' : key} opens it`);
      (panel(el)!.querySelector<HTMLElement>('[part~="problem"]') ?? panel(el))!.focus();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !isOpen(el), 'Escape closes it');
      await waitUntil(() => active(el) === opener, 'focus back on its button');
    }
    await expect(el).to.be.accessible();
  });

  it('keeps the support slot inside the popover', async () => {
    const el = await button(html`<bt-signin-button><a slot="support" href="tel:0123456789">01</a></bt-signin-button>`);
    client.settle({ status: 'error', failure: { code: 'invalid_grant', aadsts: '50057' } });
    await problemShown(el);
    await waitUntil(() => isOpen(el), 'the panel opens');
    const slot = el.shadowRoot!.querySelector('slot[name="support"]')!;
    expect(panel(el)!.contains(slot)).to.equal(true);
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('keeps each label on one line; a long name is cut, whole in its name and title', async () => {
    await setViewport({ width: 375, height: 640 });
    try {
      const el = await button();
      const name = 'Marie-Christine de La Rochefoucauld-Montmorency';
      client.settle({ status: 'signed-in', account: { id: 'm', name, username: 'mc@example.fr' } });
      await el.updateComplete;
      const account = part(el, 'account')!;
      const shown = account.querySelector<HTMLElement>('.name')!;
      expect(getComputedStyle(shown).whiteSpace).to.equal('nowrap');
      expect(shown.getBoundingClientRect().height).to.be.below(30);
      expect(shown.scrollWidth, 'cut').to.be.greaterThan(shown.clientWidth);
      expect(getComputedStyle(shown).textOverflow).to.equal('ellipsis');
      expect(account.title).to.equal(name);
      expect(textOf(account.querySelector('.visually-hidden'))).to.equal(`Compte de ${name}`);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('shows a chevron that turns when the menu opens, hidden from screen readers, drawn in the text colour', async () => {
    const el = await button();
    client.settle({ status: 'signed-in', account: CAMILLE });
    await el.updateComplete;
    const chevron = part(el, 'account')!.querySelector<HTMLElement>('.chevron')!;
    expect(chevron.getAttribute('aria-hidden')).to.equal('true');
    const closed = getComputedStyle(chevron).rotate;
    await click(el, 'account');
    expect(closed).to.equal('45deg');
    await waitUntil(() => getComputedStyle(chevron).rotate === '-135deg', 'it turns up');
    await emulateMedia({ forcedColors: 'active' });
    try {
      const style = getComputedStyle(chevron);
      expect(style.borderRightColor).to.equal(style.color);
      expect(style.borderRightWidth).to.equal('2px');
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('shows only an avatar when compact, with the same names', async () => {
    const el = await button(html`<bt-signin-button compact></bt-signin-button>`);
    expect(el.compact).to.equal(true);
    el.compact = false;
    await el.updateComplete;
    expect(el.hasAttribute('compact')).to.equal(false);
    el.compact = true;
    await el.updateComplete;
    expect(el.getAttribute('compact')).to.equal('');
    const box = el.getBoundingClientRect();
    expect(box.width).to.equal(box.height);
    const action = part(el, 'action')!;
    expect(textOf(action)).to.equal('Se connecter');
    expect(getComputedStyle(action, '::before').maskImage).to.contain('data:image/svg+xml');
    await expect(el).to.be.accessible();
    client.settle({ status: 'signed-in', account: CAMILLE });
    await el.updateComplete;
    const account = part(el, 'account')!;
    expect(textOf(account.querySelector('.avatar'))).to.equal('CM');
    expect(textOf(account.querySelector('.visually-hidden'))).to.equal('Compte de Camille Martin');
    expect(account.querySelector('.name')!.getBoundingClientRect().width).to.be.at.most(1);
    expect(el.getBoundingClientRect().width).to.equal(box.width);
    await expect(el).to.be.accessible();
  });

  it('says offline and signing in under the button, out of the flow, and is accessible in each state', async () => {
    const el = await button();
    await click(el, 'action');
    const note = part(el, 'status')!;
    expect(note.getBoundingClientRect().top).to.be.at.least(el.getBoundingClientRect().bottom);
    expect(textOf(part(el, 'action'))).to.equal('Connexion…');
    await expect(el).to.be.accessible();
    await click(el, 'action');
    expect(buttonNamed(el, 'Annuler et recommencer')!.getBoundingClientRect().width).to.be.greaterThan(1);
    await expect(el).to.be.accessible();
  });
});
