// Issue 17, as customers meet it: holidays, the sign-in host, elision, narrow menus, wording, caps.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { BtLostPhoneCard } from '../../src/components/lost-phone-card/lost-phone-card.js';
import type { BtPasswordHint } from '../../src/components/password-hint/password-hint.js';
import type { BtMfaMethodChooser } from '../../src/components/mfa-method-chooser/mfa-method-chooser.js';
import { configureAuth, setAuthClient } from '../../src/auth/registry.js';
import { elide } from '../../src/internal/elision.js';
import { TEXT_LIMIT } from '../../src/internal/cap-text.js';
import { setLocale } from '../../src/localization.js';
import { FakeAuthClient } from '../../src/testing/fake-auth-client.js';
import { warnings } from '../helpers/lit-warnings.js';
import { freezeTime } from '../helpers/clock.js';
import { part, textOf } from '../helpers/shadow.js';

const HOURS = 'Mo-Fr 09:00-12:30,14:00-18:00; Sa 09:00-12:00';
let unfreeze: () => void = () => undefined;
afterEach(() => {
  unfreeze();
  setAuthClient(undefined);
});

describe('lost-phone card on holidays and closures', () => {
  after(() => setLocale('fr'));

  it('is closed on Christmas Day and says when it reopens', async () => {
    unfreeze = freezeTime('2026-12-25T10:00:00Z'); // Friday, 11:00 in Paris
    const el = await fixture<BtLostPhoneCard>(
      html`<bt-lost-phone-card phone="01 23 45 67 89" hours=${HOURS}></bt-lost-phone-card>`,
    );
    const status = part(el, 'status')!;
    expect(status.dataset.status).to.equal('closed');
    expect(textOf(status)).to.contain('Fermé aujourd’hui (jour férié). Réouverture demain à 9\u00a0h');
    await expect(el).to.be.accessible();
  });

  it('is closed on Ascension Day (Easter + 39)', async () => {
    unfreeze = freezeTime('2026-05-14T08:00:00Z'); // Thursday, 10:00 in Paris
    const el = await fixture<BtLostPhoneCard>(
      html`<bt-lost-phone-card phone="01 23 45 67 89" hours=${HOURS}></bt-lost-phone-card>`,
    );
    expect(textOf(part(el, 'status'))).to.contain('Fermé aujourd’hui (jour férié). Réouverture demain à 9\u00a0h');
  });

  it('follows the firm’s closures, in French and English, and names a far date', async () => {
    unfreeze = freezeTime('2026-12-24T09:00:00Z'); // Thursday, 10:00 in Paris
    const el = await fixture<BtLostPhoneCard>(
      html`<bt-lost-phone-card
        phone="01 23 45 67 89"
        hours=${HOURS}
        closures="2026-12-24, 2026-12-26/2027-01-04"
      ></bt-lost-phone-card>`,
    );
    expect(textOf(part(el, 'status'))).to.contain(
      'Fermé aujourd’hui (fermeture exceptionnelle). Réouverture le mardi 5 janvier à 9\u00a0h',
    );
    await setLocale('en');
    await el.updateComplete;
    expect(textOf(part(el, 'status'))).to.contain(
      'Closed today (exceptional closure). Opens on Tuesday 5 January at 9:00',
    );
  });

  it('warns about closures it cannot read', async () => {
    unfreeze = freezeTime('2026-12-24T09:00:00Z');
    await fixture(
      html`<bt-lost-phone-card phone="01 23 45 67 89" hours=${HOURS} closures="24/12/2026"></bt-lost-phone-card>`,
    );
    expect(warnings.join()).to.contain('ignores `closures`');
  });
});

describe('password hint: the genuine sign-in host', () => {
  it('takes the configured authority’s host, without loading MSAL', async () => {
    configureAuth({ clientId: 'demo-client', authority: 'https://localhost:8443/oidc', protocolMode: 'OIDC' });
    const el = await fixture<BtPasswordHint>(html`<bt-password-hint></bt-password-hint>`);
    expect(textOf(el.shadowRoot)).to.contain('commence par https://localhost:8443/');
    expect(performance.getEntriesByType('resource').some((entry) => /msal-browser/.test(entry.name))).to.equal(false);
  });

  it('lets login-host override it, and says Microsoft’s host with another client', async () => {
    configureAuth({ clientId: 'demo-client', authority: 'https://localhost:8443/oidc', protocolMode: 'OIDC' });
    const el = await fixture<BtPasswordHint>(
      html`<bt-password-hint login-host="contoso.ciamlogin.com"></bt-password-hint>`,
    );
    expect(textOf(el.shadowRoot)).to.contain('https://contoso.ciamlogin.com/');
    setAuthClient(new FakeAuthClient());
    el.loginHost = '';
    await el.updateComplete;
    expect(textOf(el.shadowRoot)).to.contain('https://login.microsoftonline.com/');
  });

  it('lets the firm replace or leave out its promise', async () => {
    const el = await fixture<BtPasswordHint>(
      html`<bt-password-hint><span slot="never-asks"></span></bt-password-hint>`,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('li[hidden] slot[name="never-asks"]')).to.exist;
  });
});

describe('French elision before a name', () => {
  it('elides que and de before a vowel sound only', () => {
    expect(elide('Vous êtes connecté en tant que Alex Petit (a@x.fr).', 'Alex Petit')).to.equal(
      'Vous êtes connecté en tant qu’Alex Petit (a@x.fr).',
    );
    expect(elide('le compte de Émilie', 'Émilie')).to.equal('le compte d’Émilie');
    expect(elide('en tant que Dominique Bernard', 'Dominique Bernard')).to.equal('en tant que Dominique Bernard');
    expect(elide('en tant que Yann', 'Yann')).to.equal('en tant que Yann');
    expect(elide('en tant que Yves', 'Yves')).to.equal('en tant qu’Yves');
    expect(elide('le monde Alex', 'Alex')).to.equal('le monde Alex');
    expect(elide('signed in as Alex', 'Alex')).to.equal('signed in as Alex');
  });
});

describe('account menu: an address breaks after « @ » and dots', () => {
  it('offers a break after each « @ » and dot, as text', async () => {
    setAuthClient(
      new FakeAuthClient({
        status: 'signed-in',
        account: { id: '1', name: '', username: 'dominique.bernard@example.fr<img>' },
      }),
    );
    const el = await fixture(html`<bt-signin-button></bt-signin-button>`);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    // What is shown (the address read in one piece is beside it, for screen readers).
    const username = el.shadowRoot!.querySelector('.username [aria-hidden="true"]');
    if (!username) return expect.fail('no account shown');
    expect(username.querySelectorAll('wbr').length).to.equal(3);
    expect(username.querySelector('img')).to.equal(null);
    expect(username.textContent.replace(/\s|<!--.*?-->/g, '')).to.equal('dominique.bernard@example.fr<img>');
  });
});

describe('MFA method chooser wording', () => {
  it('shows « Téléphone perdu ou volé ? » once with a slotted card', async () => {
    const el = await fixture<BtMfaMethodChooser>(
      html`<bt-mfa-method-chooser
        ><bt-lost-phone-card slot="lost-phone" compact phone="01 23 45 67 89"></bt-lost-phone-card
      ></bt-mfa-method-chooser>`,
    );
    const card = el.querySelector<BtLostPhoneCard>('bt-lost-phone-card')!;
    await card.updateComplete;
    expect(part(card, 'title')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('can leave out its own heading under a page heading', async () => {
    const el = await fixture<BtMfaMethodChooser>(html`<bt-mfa-method-chooser no-heading></bt-mfa-method-chooser>`);
    expect(part(el, 'title')).to.equal(null);
    expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Votre double authentification');
  });

  it('tells SMS customers what to pick on Microsoft’s page, with no unsupported claim', async () => {
    const el = await fixture<BtMfaMethodChooser>(
      html`<bt-mfa-method-chooser value="sms" platform="desktop"></bt-mfa-method-chooser>`,
    );
    const text = textOf(el.shadowRoot);
    expect(textOf(part(el, 'sms-steps'))).to.contain('configurer une autre méthode, puis le téléphone');
    expect(text).not.to.contain('détourné');
    expect(text).not.to.contain('Gérer plus tard');
    el.value = 'authenticator';
    await el.updateComplete;
    expect(textOf(el.shadowRoot)).not.to.contain('scannez le code de votre téléphone');
  });
});

describe('text attributes are capped', () => {
  const huge = 'x'.repeat(1_000_000);

  it('cuts a megabyte in link-label or login-host quickly, with a warning', async () => {
    const started = performance.now();
    const card = await fixture<BtLostPhoneCard>(
      html`<bt-lost-phone-card link="https://example.fr/" link-label=${huge}></bt-lost-phone-card>`,
    );
    const hint = await fixture<BtPasswordHint>(html`<bt-password-hint login-host=${huge}></bt-password-hint>`);
    expect(performance.now() - started).to.be.below(2000);
    expect(card.linkLabel.length).to.equal(TEXT_LIMIT);
    expect(hint.loginHost.length).to.equal(TEXT_LIMIT);
    expect(warnings.join('\n')).to.contain('<bt-lost-phone-card> cuts `link-label`');
    expect(warnings.join('\n')).to.contain('<bt-password-hint> cuts `login-host`');
  });

  it('caps every attribute of every element', () => {
    for (const [tag, attribute, property] of [
      ['bt-signin-faq', 'topic', 'topic'],
      ['bt-activation-landing', 'service-url', 'serviceUrl'],
      ['bt-onboarding-journey', 'support-phone', 'supportPhone'],
      ['bt-signin-button', 'login-hint', 'loginHint'],
    ] as const) {
      const el = document.createElement(tag) as unknown as HTMLElement & Record<string, string>;
      el.setAttribute(attribute, huge);
      expect(el[property].length, `${tag} ${attribute}`).to.equal(TEXT_LIMIT);
    }
  });
});
