import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/auth-provider/define.js';
import '../../src/components/onboarding-journey/define.js';
// Loaded on demand by the journey; loaded here up front, so that each step shows at once.
import '../../src/components/onboarding-journey/journey-step-views.js';
import type {
  BtOnboardingJourney,
  BtJourneyCompletedDetail,
  BtJourneyStepChangedDetail,
} from '../../src/components/onboarding-journey/onboarding-journey.js';
import type { ActivationService } from '../../src/activation/activation-service.js';
import { setLocale } from '../../src/localization.js';
import { CAMILLE, FakeAuthClient } from '../../src/testing/fake-auth-client.js';
import '../helpers/lit-warnings.js';
import { part, textOf } from '../helpers/shadow.js';
import { settled } from '../helpers/settle.js';
import { accessibleName, describedBy } from '../helpers/accessible-name.js';

const TOKEN = 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0U1v';
const service: ActivationService = {
  lookup: () =>
    Promise.resolve({
      kind: 'valid',
      maskedEmail: 'c••••••.m•••••@example.fr',
      expiresAt: new Date(Date.now() + 20 * 86_400_000),
      loginHint: CAMILLE.username,
    }),
  requestNewLink: () => Promise.resolve({ kind: 'accepted' }),
};

let auth: FakeAuthClient;
let steps: BtJourneyStepChangedDetail[];
const home = location.pathname;

beforeEach(() => {
  auth = new FakeAuthClient();
  steps = [];
  sessionStorage.clear();
});
afterEach(() => history.replaceState(null, '', home));

/** Settled, with the journey's middle steps (loaded on demand) shown rather than their space. */
const settle = async (el: BtOnboardingJourney) => {
  await settled(el);
  await waitUntil(() => !el.shadowRoot!.querySelector('.step-space'), 'a step of the journey never loaded');
  await settled(el);
};

async function journey({ withToken = true, address = `${home}?token=${TOKEN}`, returnUrl = '/espace-client/' } = {}) {
  if (withToken) history.replaceState(null, '', address);
  const wrapper = await fixture(
    html`<bt-auth-provider .client=${auth}>
      <bt-onboarding-journey
        .service=${service}
        return-url=${returnUrl}
        support-phone="01 23 45 67 89"
      ></bt-onboarding-journey>
    </bt-auth-provider>`,
  );
  const el = wrapper.querySelector<BtOnboardingJourney>('bt-onboarding-journey')!;
  el.addEventListener('bt-journey-step-changed', (event) => steps.push(event.detail));
  await settle(el);
  return el;
}

const deep = (root: ParentNode, selector: string): HTMLElement | null => {
  const found = root.querySelector<HTMLElement>(selector);
  if (found) return found;
  for (const host of root.querySelectorAll('*')) {
    if (host.shadowRoot) {
      const inside = deep(host.shadowRoot, selector);
      if (inside) return inside;
    }
  }
  return null;
};
/** Every element matching `selector` under `root`, through shadow roots, in document order. */
const deepAll = (root: ParentNode, selector: string): HTMLElement[] => [
  ...root.querySelectorAll<HTMLElement>(selector),
  ...[...root.querySelectorAll('*')].flatMap((node) => (node.shadowRoot ? deepAll(node.shadowRoot, selector) : [])),
];
const buttonNamed = (el: BtOnboardingJourney, name: string) => {
  const all = (root: ParentNode): HTMLButtonElement[] => [
    ...root.querySelectorAll('button'),
    ...[...root.querySelectorAll('*')].flatMap((node) => (node.shadowRoot ? all(node.shadowRoot) : [])),
  ];
  return all(el.shadowRoot!).find((button) => textOf(button) === name);
};
/** The progress line, « Étape 2 sur 5 · Compte Microsoft »; null where there is none. */
const progress = (el: BtOnboardingJourney) => {
  const line = part(el, 'progress')?.querySelector('p');
  return line ? textOf(line) : null;
};
/** The current step's name, as the progress line says it. */
const current = (el: BtOnboardingJourney) => progress(el)?.split(' · ')[1];
const stepTitle = (el: BtOnboardingJourney) => textOf(part(el, 'step-title'));

async function click(el: BtOnboardingJourney, name: string) {
  const button = buttonNamed(el, name);
  expect(button, name).to.exist;
  button!.click();
  await settle(el);
}

async function answer(el: BtOnboardingJourney, label: RegExp) {
  const radio = [...el.shadowRoot!.querySelectorAll('label')].find((candidate) => label.test(textOf(candidate)))!;
  radio.querySelector('input')!.click();
  await settle(el);
}

async function chooseMethod(el: BtOnboardingJourney, method: string) {
  deep(el.shadowRoot!, `input[value="${method}"]`)!.click();
  await settle(el);
}

describe('<bt-onboarding-journey>', () => {
  before(() => setLocale('fr'));

  it('leads a new customer through every step to signed in', async () => {
    const el = await journey();
    expect(current(el)).to.equal('Lien d’activation');
    await expect(el).to.be.accessible();
    await click(el, 'Activer mon accès');
    expect(auth.signIns).to.deep.equal([]);
    expect(stepTitle(el)).to.equal('Avez-vous déjà un compte Microsoft\u00a0?');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'step-title'));
    expect(buttonNamed(el, 'Continuer')!.getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();

    await answer(el, /^Non/);
    await click(el, 'Continuer');
    expect(current(el)).to.equal('Mot de passe');
    expect(deep(el.shadowRoot!, 'bt-password-hint')).to.exist;
    await expect(el).to.be.accessible();

    await click(el, 'Continuer');
    expect(current(el)).to.equal('Double authentification');
    expect(deep(el.shadowRoot!, 'bt-lost-phone-card')!.getAttribute('phone')).to.equal('01 23 45 67 89');
    await chooseMethod(el, 'sms');
    await expect(el).to.be.accessible();
    await click(el, 'Continuer');

    expect(stepTitle(el)).to.equal('Tout est prêt');
    expect(textOf(part(el, 'step'))).to.contain('Double authentification par SMS.');
    await expect(el).to.be.accessible();
    await click(el, 'Continuer vers Microsoft');
    expect(auth.signIns).to.deep.equal([
      { loginHint: CAMILLE.username, returnUrl: '/espace-client/', initiator: 'bt-onboarding-journey' },
    ]);

    const completed = new Promise<CustomEvent<BtJourneyCompletedDetail>>((resolve) =>
      el.addEventListener('bt-journey-completed', (event) => resolve(event), { once: true }),
    );
    auth.completeSignIn();
    expect((await completed).detail.account).to.deep.equal(CAMILLE);
    await settle(el);
    expect(stepTitle(el)).to.equal('C’est fait\u00a0!');
    expect(textOf(part(el, 'step'))).to.contain('camille.martin@example.fr');
    await expect(el).to.be.accessible();
    expect(steps.map((step) => step.step)).to.deep.equal(['account', 'password', 'second-factor', 'sign-in', 'done']);
  });

  it('skips the password step for a customer who already has a Microsoft account', async () => {
    const el = await journey();
    await click(el, 'Activer mon accès');
    await answer(el, /^Oui/);
    expect(textOf(el.shadowRoot!.querySelector('.note'))).to.contain(
      'Il ne restera qu’à paramétrer la double authentification',
    );
    await click(el, 'Continuer');
    expect(current(el)).to.equal('Double authentification');
    // Four steps without the password; done is no step.
    expect(progress(el)).to.equal('Étape 3 sur 4 · Double authentification');
  });

  it('goes back without losing the choices', async () => {
    const el = await journey();
    await click(el, 'Activer mon accès');
    await answer(el, /^Non/);
    await click(el, 'Continuer');
    await click(el, 'Continuer');
    await chooseMethod(el, 'authenticator');
    await click(el, 'Retour');
    await click(el, 'Retour');
    const checked = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]:checked')!;
    expect(textOf(checked.parentElement)).to.match(/^Non/);
    await click(el, 'Continuer');
    await click(el, 'Continuer');
    expect((deep(el.shadowRoot!, 'input[value="authenticator"]') as HTMLInputElement).checked).to.equal(true);
    expect(buttonNamed(el, 'Continuer')!.getAttribute('aria-disabled')).to.equal('false');
    expect(steps.at(-1)).to.deep.equal({ step: 'second-factor', previous: 'password' });
  });

  it('keeps the activation link when the customer comes back to the first step', async () => {
    const el = await journey();
    expect(location.search).to.equal('');
    await click(el, 'Activer mon accès');
    await click(el, 'Retour');
    expect(current(el)).to.equal('Lien d’activation');
    const landing = el.shadowRoot!.querySelector('bt-activation-landing')!;
    expect(textOf(landing.shadowRoot)).to.contain('valable jusqu’au');
    expect(buttonNamed(el, 'Activer mon accès'), 'the start action is still there').to.exist;
  });

  it('starts again at the link step for a new link pasted into the address of the open page', async () => {
    const el = await journey({ address: `${home}#token=${TOKEN}` });
    await click(el, 'Activer mon accès');
    expect(stepTitle(el)).to.equal('Avez-vous déjà un compte Microsoft\u00a0?');
    // Only the fragment changes: the browser does not reload the page.
    location.hash = `#token=${'B'.repeat(43)}`;
    await waitUntil(() => current(el) === 'Lien d’activation', 'the journey went back to the link step');
    await settle(el);
    expect(location.hash).to.equal('');
    const landing = el.shadowRoot!.querySelector('bt-activation-landing')!;
    expect(landing.token).to.equal('B'.repeat(43));
  });

  it('takes an activation link whose token is in the fragment, and removes it from the address', async () => {
    const el = await journey({ address: `${home}#token=${TOKEN}` });
    expect(current(el)).to.equal('Lien d’activation');
    expect(location.hash).to.equal('');
    const landing = el.shadowRoot!.querySelector('bt-activation-landing')!;
    expect(textOf(landing.shadowRoot)).to.contain('valable jusqu’au');
  });

  it('tells the password hint the host of the sign-in page', async () => {
    const el = await journey();
    el.loginHost = 'bakertilly.ciamlogin.com';
    await click(el, 'Activer mon accès');
    await answer(el, /^Non/);
    await click(el, 'Continuer');
    const hint = el.shadowRoot!.querySelector('bt-password-hint')!;
    await hint.updateComplete;
    expect(textOf(hint.shadowRoot)).to.contain('https://bakertilly.ciamlogin.com/');
  });

  it('counts the method remembered in this tab as chosen', async () => {
    sessionStorage.setItem('bt-mfa-method', 'sms');
    const el = await journey();
    await click(el, 'Activer mon accès');
    await answer(el, /^Oui/);
    await click(el, 'Continuer');
    expect((deep(el.shadowRoot!, 'input[value="sms"]') as HTMLInputElement).checked).to.equal(true);
    expect(buttonNamed(el, 'Continuer')!.getAttribute('aria-disabled')).to.equal('false');
  });

  it('offers the help centre for each step, with the relevant questions, loaded when opened', async () => {
    const el = await journey();
    const help = part<HTMLDetailsElement>(el, 'help')!;
    expect(help.querySelector('bt-signin-faq')).to.equal(null);
    help.querySelector('summary')!.click();
    await settle(el);
    expect(help.querySelector('bt-signin-faq')!.getAttribute('topic')).to.equal('account');
    await click(el, 'Activer mon accès');
    await answer(el, /^Oui/);
    await click(el, 'Continuer');
    expect(part(el, 'help')!.querySelector('bt-signin-faq')!.getAttribute('topic')).to.equal('phone');
  });

  it('shows a sign-in problem at the sign-in step, with a way to try again', async () => {
    const el = await journey();
    await click(el, 'Activer mon accès');
    await answer(el, /^Oui/);
    await click(el, 'Continuer');
    await chooseMethod(el, 'authenticator');
    await click(el, 'Continuer');
    await click(el, 'Continuer vers Microsoft');
    const errors: Event[] = [];
    el.addEventListener('bt-auth-error', (event) => errors.push(event));
    auth.failSignIn({ code: 'user_cancelled' });
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the problem is shown', { timeout: 3000 });
    expect(textOf(el.shadowRoot!.querySelector('[role="alert"]'))).to.contain('Connexion annulée');
    await waitUntil(() => errors.length > 0, 'bt-auth-error');
    expect(errors).to.have.length(1);
    await expect(el).to.be.accessible();
    await click(el, 'Continuer vers Microsoft');
    expect(auth.signIns).to.have.length(2);
  });

  it('shows the done state to a customer already signed in', async () => {
    auth = new FakeAuthClient({ status: 'signed-in', account: CAMILLE });
    const el = await journey({ withToken: false });
    expect(stepTitle(el)).to.equal('C’est fait\u00a0!');
    expect(steps).to.deep.equal([]);
  });

  it('links to the portal when done, on the page’s origin only', async () => {
    auth = new FakeAuthClient({ status: 'signed-in', account: CAMILLE });
    const el = await journey({ withToken: false });
    const portal = [...el.shadowRoot!.querySelectorAll('a')].find((a) => textOf(a) === 'Aller à l’Espace Client')!;
    expect(portal.href).to.equal(new URL('/espace-client/', location.href).href);
    for (const unsafe of ['javascript:alert(1)', 'https://attacker.example/espace-client/']) {
      el.returnUrl = unsafe;
      await el.updateComplete;
      const links = [...el.shadowRoot!.querySelectorAll('a')].filter((a) => textOf(a) === 'Aller à l’Espace Client');
      expect(links, unsafe).to.deep.equal([]);
    }
  });

  it('says it is done with a check mark, the account in neutral words, and the portal as its primary action', async () => {
    auth = new FakeAuthClient({ status: 'signed-in', account: CAMILLE });
    const el = await journey({ withToken: false, returnUrl: '' });
    // The check mark is decorative: the heading says it in words.
    const mark = part(el, 'success')!;
    expect(mark.localName).to.equal('svg');
    expect(mark.getAttribute('aria-hidden')).to.equal('true');
    expect(stepTitle(el)).to.equal('C’est fait\u00a0!');
    expect(textOf(part(el, 'step'))).to.contain('Compte connecté\u00a0: Camille Martin (camille.martin@example.fr).');
    expect(textOf(part(el, 'step'))).not.to.match(/connecté(e)? en tant/);
    // Neither `portal-url` nor `return-url`: no link at all.
    expect(part(el, 'portal')).to.equal(null);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);

    el.portalUrl = '/portail/';
    el.returnUrl = '/espace-client/';
    await el.updateComplete;
    const portal = part<HTMLAnchorElement>(el, 'portal')!;
    expect(portal.localName).to.equal('a');
    expect(textOf(portal)).to.equal('Aller à l’Espace Client');
    // `portal-url` wins over `return-url`.
    expect(portal.href).to.equal(new URL('/portail/', location.href).href);
    // Styled as the primary button: the primary colour's fill, no underline, a target large enough.
    el.style.setProperty('--bt-color-primary', 'rgb(1, 2, 3)');
    const look = getComputedStyle(portal);
    expect(look.backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(look.textDecorationLine).to.equal('none');
    expect(portal.getBoundingClientRect().height).to.be.at.least(44);
    await expect(el).to.be.accessible();
  });

  it('shows the normal sign-in to a returning customer without a link', async () => {
    const el = await journey({ withToken: false });
    expect(stepTitle(el)).to.equal('Connectez-vous à l’Espace Client');
    // A single step is no journey: no progress.
    expect(progress(el)).to.equal(null);
    await click(el, 'Se connecter');
    expect(auth.signIns).to.deep.equal([{ returnUrl: '/espace-client/', initiator: 'bt-onboarding-journey' }]);
    await expect(el).to.be.accessible();
  });

  it('completes on its own sign-in only, not on another element’s', async () => {
    const el = await journey({ withToken: false });
    const completed: CustomEvent<BtJourneyCompletedDetail>[] = [];
    el.addEventListener('bt-journey-completed', (event) => completed.push(event));
    const errors: Event[] = [];
    el.addEventListener('bt-auth-error', (event) => errors.push(event));

    // A header button's sign-in fails: not the journey's to show or announce.
    const failed = auth.signIn({ initiator: 'bt-signin-button' });
    auth.failSignIn({ code: 'user_cancelled' });
    expect(await failed).to.deep.equal({ kind: 'failed', failure: { code: 'user_cancelled' } });
    await import('../../src/auth/describe-problem.js');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(errors).to.deep.equal([]);
    auth.dismissFailure();
    await settle(el);
    await click(el, 'Se connecter');
    expect(auth.signIns.at(-1)).to.deep.equal({ returnUrl: '/espace-client/', initiator: 'bt-onboarding-journey' });
    auth.completeSignIn();
    await waitUntil(() => completed.length > 0, 'bt-journey-completed');
    expect(completed.map((event) => event.detail.account)).to.deep.equal([CAMILLE]);
    await settle(el);
    expect(stepTitle(el)).to.equal('C’est fait\u00a0!');

    // Signed out elsewhere, then signed in again by the header button: no second completion.
    auth.settle({ status: 'signed-out' }, { kind: 'signed-out' });
    const other = auth.signIn({ initiator: 'bt-signin-button' });
    auth.completeSignIn();
    expect(await other).to.deep.equal({ kind: 'signed-in', account: CAMILLE });
    await settle(el);
    expect(completed).to.have.length(1);
    expect(errors).to.deep.equal([]);
    expect(stepTitle(el)).to.equal('C’est fait\u00a0!');
  });

  it('can be completed with the keyboard alone', async () => {
    const el = await journey();
    await tabTo(el, 'Activer mon accès');
    expect(textOf(focused(el))).to.equal('Activer mon accès');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(focused(el)).to.equal(part(el, 'step-title'));
    await sendKeys({ press: 'Tab' }); // first radio: "Oui"
    await sendKeys({ press: 'ArrowDown' }); // "Non"
    await settle(el);
    await tabTo(el, 'Continuer');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(current(el)).to.equal('Mot de passe');
    await tabTo(el, 'Continuer');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(current(el)).to.equal('Double authentification');
    await tabTo(el, 'Application Microsoft Authenticator', 'radio');
    await sendKeys({ press: 'Space' });
    await settle(el);
    await tabTo(el, 'Continuer');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await tabTo(el, 'Continuer vers Microsoft');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(auth.signIns).to.have.length(1);
  });
});

describe('<bt-onboarding-journey> with the keyboard after going back (#19)', () => {
  before(() => setLocale('fr'));

  const isRadio = (node: HTMLElement | null, label: RegExp) =>
    node instanceof HTMLInputElement && node.type === 'radio' && label.test(textOf(node.closest('label')));

  it('keeps the account question reachable by Tab and Shift+Tab after Retour, then Activer mon accès', async () => {
    const el = await journey();
    await tabTo(el, 'Activer mon accès');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(focused(el) === part(el, 'step-title'), 'the question has the focus').to.equal(true);
    await sendKeys({ press: 'Tab' }); // onto "Oui", without choosing it
    expect(isRadio(focused(el), /^Oui/), 'Tab reaches « Oui »').to.equal(true);
    expect((focused(el) as HTMLInputElement).checked).to.equal(false);
    await sendKeys({ press: 'Tab' });
    expect(textOf(focused(el))).to.equal('Retour');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(current(el)).to.equal('Lien d’activation');

    await tabTo(el, 'Activer mon accès');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(stepTitle(el)).to.equal('Avez-vous déjà un compte Microsoft\u00a0?');
    expect(focused(el) === part(el, 'step-title'), 'the question has the focus again').to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(isRadio(focused(el), /^Oui/), 'Tab from the heading reaches « Oui » again').to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(textOf(focused(el))).to.equal('Retour');
    await sendKeys({ press: 'Shift+Tab' });
    expect(isRadio(focused(el), /^Oui/), 'Shift+Tab from « Retour » reaches the radios').to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(isRadio(focused(el), /^Non/)).to.equal(true);
    expect(buttonNamed(el, 'Continuer')!.getAttribute('aria-disabled')).to.equal('false');
    await tabTo(el, 'Continuer');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(current(el)).to.equal('Mot de passe');
  });

  it('puts the focus on the link step’s heading after Retour, not on the page', async () => {
    const el = await journey();
    await tabTo(el, 'Activer mon accès');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await tabTo(el, 'Retour');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(current(el)).to.equal('Lien d’activation');
    const landing = el.shadowRoot!.querySelector('bt-activation-landing')!;
    const title = landing.shadowRoot!.querySelector('[part~="title"]');
    await waitUntil(() => focused(el) === title, 'the link step’s heading never took the focus');
    expect(textOf(title)).to.equal('Activez votre accès à l’Espace Client');
    expect(document.activeElement === el, 'the focus is in the journey').to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(textOf(focused(el)), 'the next Tab stays in the step').to.equal('Activer mon accès');
  });
});

describe('<bt-onboarding-journey> semantics (#19)', () => {
  before(() => setLocale('fr'));
  afterEach(() => setLocale('fr'));

  it('names the yes/no group by the question, the examples line describing it', async () => {
    const el = await journey();
    // At once, while the middle steps may still be loading: the question takes the focus when shown.
    await click(el, 'Activer mon accès');
    const focusedAtOnce = el.shadowRoot!.activeElement === part(el, 'step-title');
    const group = el.shadowRoot!.querySelector('fieldset')!;
    expect(await accessibleName(group)).to.equal('Avez-vous déjà un compte Microsoft ?'); // axe reads U+00A0 as a space
    expect(describedBy(group)).to.deep.equal(['Avec votre adresse e-mail habituelle']);
    expect(group.querySelector('legend')!.contains(part(el, 'step-title')), 'the heading is the legend').to.equal(true);
    expect(focusedAtOnce, 'the question has the focus').to.equal(true);
    await expect(el).to.be.accessible();
  });

  for (const [locale, line] of [
    ['fr', 'Étape 3 sur 4 · Double authentification'],
    ['en', 'Step 3 of 4 · Two-factor authentication'],
  ] as const) {
    it(`says where the customer is in one line over a bar, the bar hidden from assistive technology (${locale})`, async () => {
      await setLocale(locale);
      const el = await toSecondFactorStep(locale);
      // One announcement: the line. No list of steps, no aria-current, no landmark.
      expect(progress(el)).to.equal(line);
      expect(el.shadowRoot!.querySelectorAll('ol, li, [aria-current]').length).to.equal(0);
      expect(el.shadowRoot!.querySelectorAll('nav, [role="navigation"]').length).to.equal(0);
      // The bar: one segment per step, three reached, hidden from assistive technology.
      const bar = part(el, 'progress')!.querySelector('.bar')!;
      expect(bar.getAttribute('aria-hidden')).to.equal('true');
      expect([...bar.children].map((segment) => segment.classList.contains('reached'))).to.deep.equal([
        true,
        true,
        true,
        false,
      ]);
      await expect(el).to.be.accessible();

      // On a 375 px phone, the longest step name (this one) fits on the line: no ellipsis needed.
      await setViewport({ width: 375, height: 812 });
      try {
        const text = part(el, 'progress')!.querySelector('p')!;
        expect(text.scrollWidth <= text.clientWidth, `${text.scrollWidth} > ${text.clientWidth}`).to.equal(true);
        expect(text.getBoundingClientRect().height).to.be.below(2 * parseFloat(getComputedStyle(text).lineHeight));
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('gives the step’s name an ellipsis, on one line, only where the line does not fit', async () => {
    const el = await toSecondFactorStep('fr');
    const text = part(el, 'progress')!.querySelector('p')!;
    const oneLine = text.getBoundingClientRect().height;
    expect(text.scrollWidth <= text.clientWidth).to.equal(true);
    el.style.inlineSize = '11rem';
    await el.updateComplete;
    expect(text.scrollWidth > text.clientWidth, 'the line is cut').to.equal(true);
    expect(getComputedStyle(text).textOverflow).to.equal('ellipsis');
    expect(text.getBoundingClientRect().height).to.equal(oneLine);
    // The count stays whole: only the name gives way.
    const count = document.createRange();
    count.setStart(text.firstChild!, 0);
    count.setEndBefore(text.querySelector('.label')!);
    expect(count.getBoundingClientRect().right <= text.getBoundingClientRect().right).to.equal(true);
  });

  it('keeps its bar visible in forced colours: reached segments in Highlight, the others outlined', async () => {
    const el = await toSecondFactorStep('fr');
    const segments = [...part(el, 'progress')!.querySelectorAll<HTMLElement>('.bar > *')];
    const colours = () => segments.map((segment) => getComputedStyle(segment).backgroundColor);
    const probe = (colour: string) => {
      const node = document.body.appendChild(document.createElement('i'));
      node.style.color = colour;
      const computed = getComputedStyle(node).color;
      node.remove();
      return computed;
    };
    // Outside forced colours, reached and not reached differ too.
    const [reached, ahead] = [colours()[0], colours()[3]];
    expect(reached === ahead).to.equal(false);
    await emulateMedia({ forcedColors: 'active' });
    try {
      const [highlight, canvas] = [probe('Highlight'), probe('Canvas')];
      expect(highlight === canvas).to.equal(false);
      expect(colours()).to.deep.equal([highlight, highlight, highlight, canvas]);
      expect(segments.map((segment) => getComputedStyle(segment).borderTopColor)).to.deep.equal(
        segments.map(() => probe('CanvasText')),
      );
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('has one heading at the second factor, the chooser’s group still named, « Continuer » before the phone questions', async () => {
    const el = await toSecondFactorStep('fr');
    const headings = deepAll(part(el, 'step')!, 'h1, h2, h3, h4, h5, h6');
    expect(headings.map((heading) => `${heading.localName} ${textOf(heading)}`)).to.deep.equal([
      'h2 Protéger votre compte avec votre téléphone',
    ]);
    const chooser = el.shadowRoot!.querySelector('bt-mfa-method-chooser')!;
    expect(await accessibleName(chooser.shadowRoot!.querySelector('[role="group"]')!)).to.equal(
      'Votre double authentification',
    );
    expect(await accessibleName(chooser.shadowRoot!.querySelector('fieldset')!)).to.equal(
      'Comment voulez-vous confirmer votre identité ?',
    );
    // « Continuer » is in the chooser's actions slot, which comes before its questions about the phone.
    const next = buttonNamed(el, 'Continuer')!;
    const slot = next.closest('[slot]')!.assignedSlot!;
    expect(slot.name).to.equal('actions');
    const help = chooser.shadowRoot!.querySelector('[part~="help"]')!;
    expect(Boolean(slot.compareDocumentPosition(help) & Node.DOCUMENT_POSITION_FOLLOWING)).to.equal(true);
    // And so with the keyboard: from « Continuer », Tab reaches the first question.
    await chooseMethod(el, 'sms');
    next.focus();
    await sendKeys({ press: 'Tab' });
    expect(textOf(focused(el))).to.equal('Pourquoi utiliser mon téléphone\u00a0?');
    await expect(el).to.be.accessible();
  });

  it('shows no progress on the done step', async () => {
    auth = new FakeAuthClient({ status: 'signed-in', account: CAMILLE });
    const el = await journey({ withToken: false });
    expect(stepTitle(el)).to.equal('C’est fait\u00a0!');
    expect(part(el, 'progress')).to.equal(null);
    expect(textOf(el.shadowRoot)).not.to.contain('Terminé');
  });

  async function toSecondFactorStep(locale: 'fr' | 'en') {
    const el = await journey();
    await click(el, locale === 'fr' ? 'Activer mon accès' : 'Activate my access');
    await answer(el, /^(Oui|Yes)/);
    await click(el, locale === 'fr' ? 'Continuer' : 'Continue');
    return el;
  }
});

/** The element focused inside the journey, through nested shadow roots. */
function focused(el: BtOnboardingJourney): HTMLElement | null {
  let active: Element | null = el.shadowRoot!.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}

async function tabTo(el: BtOnboardingJourney, name: string, kind: 'button' | 'radio' = 'button') {
  for (let i = 0; i < 40; i++) {
    await sendKeys({ press: 'Tab' });
    const target = focused(el);
    const label = kind === 'radio' ? textOf(target?.closest('.option')?.querySelector('.name')) : textOf(target);
    if (label === name) return;
  }
  throw new Error(`could not reach ${name} with Tab`);
}

describe('<bt-onboarding-journey> through interruptions', () => {
  before(() => setLocale('fr'));

  /** The page again, as after a reload: the address no longer has the token. */
  async function reloaded() {
    document.querySelectorAll('bt-auth-provider').forEach((old) => old.remove());
    return journey({ withToken: false });
  }

  async function toSecondFactor() {
    const el = await journey();
    await click(el, 'Activer mon accès');
    await answer(el, /^Non/);
    await click(el, 'Continuer');
    await click(el, 'Continuer');
    expect(current(el)).to.equal('Double authentification');
    return el;
  }

  it('comes back to the same step with the same answers after a reload', async () => {
    await toSecondFactor();
    expect(location.search, 'the token never returns to the address').to.equal('');
    const el = await reloaded();
    expect(progress(el)).to.equal('Étape 4 sur 5 · Double authentification');
    await click(el, 'Retour');
    expect(current(el)).to.equal('Mot de passe');
  });

  it('moves back a step with the browser’s Back', async () => {
    const el = await toSecondFactor();
    const popped = new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
    history.back();
    await popped;
    await settle(el);
    expect(current(el)).to.equal('Mot de passe');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'step-title'));
  });

  it('shows its own steps, done, after the round trip to Microsoft', async () => {
    const el = await journey();
    await click(el, 'Activer mon accès');
    await answer(el, /^Oui/);
    await click(el, 'Continuer');
    await chooseMethod(el, 'sms');
    await click(el, 'Continuer');
    expect(stepTitle(el)).to.equal('Tout est prêt');
    // The page leaves for Microsoft's and comes back signed in.
    auth.settle({ status: 'signed-in', account: CAMILLE });
    const back = await reloaded();
    expect(stepTitle(back)).to.equal('C’est fait\u00a0!');
    // Done is no « step 5 of 5 »: its check mark and heading say it.
    expect(progress(back)).to.equal(null);
    expect(part(back, 'success')).to.exist;
  });

  it('links its done step to the portal page, which may differ from the page sign-in returns to', async () => {
    auth.settle({ status: 'signed-in', account: CAMILLE });
    const wrapper = await fixture(
      html`<bt-auth-provider .client=${auth}>
        <bt-onboarding-journey return-url="/journey.html" portal-url="/espace-client/"></bt-onboarding-journey>
      </bt-auth-provider>`,
    );
    const el = wrapper.querySelector<BtOnboardingJourney>('bt-onboarding-journey')!;
    await settle(el);
    expect(stepTitle(el)).to.equal('C’est fait\u00a0!');
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(
      new URL('/espace-client/', location.href).href,
    );
  });

  it('says what is missing when « Continuer » is pressed before an answer', async () => {
    const el = await journey();
    await click(el, 'Activer mon accès');
    await click(el, 'Continuer');
    expect(stepTitle(el)).to.equal('Avez-vous déjà un compte Microsoft\u00a0?');
    expect(textOf(el.shadowRoot!.querySelector('#missing'))).to.equal('Choisissez une réponse pour continuer.');
    await answer(el, /^Non/);
    expect(textOf(el.shadowRoot!.querySelector('#missing'))).to.equal('');
  });

  it('offers a new link where Microsoft said the account is not activated yet', async () => {
    const el = await journey({ withToken: false });
    expect(stepTitle(el)).to.equal('Connectez-vous à l’Espace Client');
    await click(el, 'Se connecter');
    auth.failSignIn({ code: 'server_error', aadsts: '50020' });
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="problem"] form'), 'no new-link form in the problem');
    await settle(el);
    expect(textOf(part(el, 'problem'))).to.contain('Recevoir un nouveau lien');
  });
});
