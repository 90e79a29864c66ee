import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../../src/components/activation-landing/define.js';
import '../../src/components/auth-provider/define.js';
import '../../src/components/password-hint/define.js';
import '../../src/components/signin-button/define.js';
import type { BtActivationLanding } from '../../src/components/activation-landing/activation-landing.js';
import type { BtAuthErrorEventDetail, BtSigninButton } from '../../src/components/signin-button/signin-button.js';
import type { ActivationService } from '../../src/activation/activation-service.js';
import { HttpActivationService } from '../../src/activation/activation-service.js';
import type { ActivationLookup, RegenerationResult } from '../../src/activation/lookup.js';
import { setLocale } from '../../src/localization.js';
import { CAMILLE, FakeAuthClient } from '../../src/testing/fake-auth-client.js';
import { freezeTime } from '../helpers/clock.js';
import '../helpers/lit-warnings.js';
import { part, textOf } from '../helpers/shadow.js';
import { settled } from '../helpers/settle.js';
// Loaded on demand by the landing; loaded here up front, so that each test sees the form at once.
import '../../src/activation/new-link-request.js';

const TOKEN = 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0U1v';
const NOW = '2026-11-25T15:00:00Z';

/** A service whose answers the test decides, recording what it was asked. */
class FakeService implements ActivationService {
  lookups: string[] = [];
  requests: string[] = [];
  constructor(
    public answer: ActivationLookup | Promise<ActivationLookup>,
    public regeneration: RegenerationResult | Promise<RegenerationResult> = { kind: 'accepted' },
  ) {}
  lookup(token: string) {
    this.lookups.push(token);
    return Promise.resolve(this.answer);
  }
  requestNewLink(email: string) {
    this.requests.push(email);
    return Promise.resolve(this.regeneration);
  }
}

const valid = (expiresAt = '2026-12-26T15:00:00Z'): ActivationLookup => ({
  kind: 'valid',
  maskedEmail: 'c••••••.m•••••@example.fr',
  expiresAt: new Date(expiresAt),
  loginHint: 'camille.martin@example.fr',
});

let unfreeze = () => undefined as void;
let auth: FakeAuthClient;
beforeEach(() => {
  unfreeze = freezeTime(NOW);
  auth = new FakeAuthClient();
  // The tab keeps the token it was given: each test starts as a new tab.
  sessionStorage.clear();
});
afterEach(() => unfreeze());

/** `token: null` renders the landing without a token property (the address is read instead). */
async function landing(
  service: ActivationService | undefined,
  token: string | null = TOKEN,
  { answered = true }: { answered?: boolean } = {},
) {
  const wrapper = await fixture(
    html`<bt-auth-provider .client=${auth}>
      <bt-activation-landing .service=${service} .token=${token ?? undefined} return-url="/espace-client/">
        <bt-password-hint slot="hint"></bt-password-hint>
      </bt-activation-landing>
    </bt-auth-provider>`,
  );
  const el = wrapper.querySelector<BtActivationLanding>('bt-activation-landing')!;
  // The lookup (and, for a link that is not valid, what the landing says of it) is loaded.
  if (answered) {
    await waitUntil(
      () => el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'false',
      'the lookup never ended',
    );
  }
  await settled(el);
  // The new-link form, loaded on demand, takes the space kept for it.
  await waitUntil(() => !el.shadowRoot!.querySelector('.request-form-space'), 'the new-link form never showed');
  await settled(el);
  return el;
}

const title = (el: BtActivationLanding) => textOf(part(el, 'title'));
/** The text as seen on screen: without what only a screen reader reads (a masked address in words). */
const seen = (node: Element | null) => {
  const copy = node?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return textOf(copy);
};

/** Problem descriptions load on the first failure: the alert comes shortly after. */
async function problemShown(el: HTMLElement): Promise<HTMLElement> {
  await waitUntil(() => part(el, 'problem'), `the problem is shown in <${el.localName}>`);
  return part(el, 'problem') as HTMLElement;
}
const button = (el: BtActivationLanding, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((candidate) => textOf(candidate) === name);

const TEXT = {
  fr: {
    start: 'Activer mon accès',
    activate: 'Activez votre accès à l’Espace Client',
    details:
      'Lien d’activation pour c••••••.m•••••@example.fr, valable jusqu’au 26\u00a0décembre 2026 (encore 31 jours).',
    soon: 'Ce lien expire bientôt',
    expired: 'Ce lien a expiré',
    used: 'Votre compte est déjà activé',
    revoked: 'Un lien plus récent vous a été envoyé',
    invalid: 'Ce lien n’est pas valide',
    unreachable: 'Vérification impossible pour le moment',
    retry: 'Réessayer',
    signIn: 'Se connecter',
    newLink: 'Recevoir un nouveau lien',
    email: 'Votre adresse e-mail',
    confirmation: 'Si l’adresse p•••••••@e••••••.fr correspond à un client, un nouveau lien est en route.',
    wait: 'Trop de demandes. Réessayez dans 3\u00a0min.',
  },
  en: {
    start: 'Activate my access',
    activate: 'Activate your access to the Espace Client',
    details: 'Activation link for c••••••.m•••••@example.fr, valid until December 26, 2026 (31 days left).',
    soon: 'This link expires soon',
    expired: 'This link has expired',
    used: 'Your account is already activated',
    revoked: 'A newer link has been sent to you',
    invalid: 'This link is not valid',
    unreachable: 'Cannot check the link right now',
    retry: 'Try again',
    signIn: 'Sign in',
    newLink: 'Get a new link',
    email: 'Your email address',
    confirmation: 'If p•••••••@e••••••.fr belongs to a customer, a new link is on its way.',
    wait: 'Too many requests. Try again in 3\u00a0min.',
  },
};

for (const locale of ['fr', 'en'] as const) {
  const t = TEXT[locale];
  describe(`<bt-activation-landing> in ${locale}`, () => {
    before(() => setLocale(locale));
    after(() => setLocale('fr'));

    it('says it is checking while the service answers', async () => {
      const el = await landing(new FakeService(new Promise<never>(() => undefined)), TOKEN, { answered: false });
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.match(/…/);
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
      // The heading at once; the action of a valid link only as unseen, inert room for the answer.
      expect(title(el)).to.equal(t.activate);
      const action = part(el, 'action');
      expect(
        action === null ||
          (action.closest('[inert]') !== null && !action.checkVisibility({ visibilityProperty: true })),
      ).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('keeps the box of a valid link’s first screen while checking: the answer moves nothing below', async () => {
      let answer = (_lookup: ActivationLookup) => undefined as void;
      const pending = new Promise<ActivationLookup>((done) => (answer = done));
      const el = await landing(new FakeService(pending), TOKEN, { answered: false });
      const checking = el.getBoundingClientRect().height;
      answer(valid('2026-12-25T15:00:00Z'));
      await waitUntil(() => part(el, 'base')?.getAttribute('aria-busy') === 'false', 'the lookup never ended');
      await settled(el);
      expect(button(el, t.start) !== null).to.equal(true);
      const answered = el.getBoundingClientRect().height;
      expect(Math.abs(answered - checking) < 1).to.equal(true);
    });

    it('shows a valid link with its date, days left, the FAQ facts and the start action', async () => {
      const el = await landing(new FakeService(valid()));
      expect(title(el)).to.equal(t.activate);
      expect(seen(part(el, 'details'))).to.equal(t.details);
      expect(part(el, 'facts')!.querySelectorAll('li')).to.have.length(6);
      expect(textOf(el.shadowRoot)).not.to.contain(t.soon);
      expect(button(el, t.start)).to.exist;
      await expect(el).to.be.accessible();
    });

    it('warns when the link expires within three days', async () => {
      const el = await landing(new FakeService(valid('2026-11-27T20:00:00Z')));
      expect(textOf(el.shadowRoot)).to.contain(t.soon);
      expect(button(el, t.start)).to.exist;
      await expect(el).to.be.accessible();
    });

    for (const [kind, heading, action] of [
      ['expired', 'expired', 'newLink'],
      ['revoked', 'revoked', 'newLink'],
      ['unknown', 'invalid', 'newLink'],
      ['used', 'used', 'signIn'],
      ['unreachable', 'unreachable', 'retry'],
    ] as const) {
      it(`shows a ${kind} link with what to do next`, async () => {
        const el = await landing(new FakeService({ kind }));
        expect(title(el)).to.equal(t[heading]);
        expect(button(el, t[action])).to.exist;
        expect(button(el, t.start)).to.equal(undefined);
        await expect(el).to.be.accessible();
      });
    }

    it('refuses a malformed token without asking the service', async () => {
      const service = new HttpActivationService('https://service.invalid/api/activations');
      const el = await landing(service, 'abc');
      expect(title(el)).to.equal(t.invalid);
      expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes('service.invalid'))).to.equal(
        false,
      );
      await expect(el).to.be.accessible();
    });

    it('confirms a new-link request in the same words whatever the address', async () => {
      const service = new FakeService({ kind: 'expired' });
      const el = await landing(service);
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="email"]')!;
      expect(el.shadowRoot!.querySelector(`label[for="${input.id}"]`)!.textContent).to.equal(t.email);
      input.value = 'personne@example.fr';
      const regenerated = oneEvent(el, 'bt-link-regenerated');
      button(el, t.newLink)!.click();
      await regenerated;
      await el.updateComplete;
      expect(seen(part(el, 'notice'))).to.contain(t.confirmation);
      expect(service.requests).to.deep.equal(['personne@example.fr']);
      // The focus goes to the confirmation, not to the page.
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'notice'));
      await expect(el).to.be.accessible();
    });

    it('says how long to wait when the service limits requests', async () => {
      const el = await landing(new FakeService({ kind: 'expired' }, { kind: 'rate-limited', retryAfterSeconds: 150 }));
      el.shadowRoot!.querySelector<HTMLInputElement>('input')!.value = 'camille.martin@example.fr';
      button(el, t.newLink)!.click();
      await settled(el);
      expect(textOf(part(el, 'notice'))).to.equal(t.wait);
      await expect(el).to.be.accessible();
    });
  });
}

describe('<bt-activation-landing> behaviour', () => {
  before(() => setLocale('fr'));

  it('starts Microsoft sign-in with the login hint and the portal as return page', async () => {
    const el = await landing(new FakeService(valid()));
    button(el, 'Activer mon accès')!.click();
    expect(auth.signIns).to.deep.equal([
      { loginHint: 'camille.martin@example.fr', returnUrl: '/espace-client/', initiator: 'bt-activation-landing' },
    ]);
  });

  it('says why the sign-in it started did not succeed, and announces it', async () => {
    const el = await landing(new FakeService(valid()));
    expect(part(el, 'problem')).to.equal(null);
    button(el, 'Activer mon accès')!.click();
    const events: CustomEvent<BtAuthErrorEventDetail>[] = [];
    el.addEventListener('bt-auth-error', (event) => events.push(event));
    const failed = oneEvent(el, 'bt-auth-error');
    auth.failSignIn({ code: 'user_cancelled' });
    const { detail } = (await failed) as CustomEvent<BtAuthErrorEventDetail>;
    expect(detail.problem.code).to.equal('user_cancelled');
    const problem = await problemShown(el);
    expect(events).to.have.length(1);
    expect(problem.getAttribute('role')).to.equal('alert');
    expect(textOf(problem)).to.contain('Connexion annulée');
    await expect(el).to.be.accessible();
    button(el, 'Activer mon accès')!.click();
    await el.updateComplete;
    expect(part(el, 'problem'), 'hidden while the new attempt runs').to.equal(null);
    expect(auth.signIns).to.have.length(2);
  });

  it('does not show problems of sign-ins it did not start, even after one of its own', async () => {
    const el = await landing(new FakeService(valid()));
    const events: Event[] = [];
    el.addEventListener('bt-auth-error', (event) => events.push(event));
    // A failure no element caused (a session that could not be restored).
    auth.failSignIn({ code: 'user_cancelled' });
    await import('../../src/auth/describe-problem.js');
    await el.updateComplete;
    expect(part(el, 'problem')).to.equal(null);
    expect(events).to.deep.equal([]);

    button(el, 'Activer mon accès')!.click();
    auth.completeSignIn();
    await el.updateComplete;
    // Later, another element (a sign-in button on the same page) starts and fails a sign-in.
    const outcome = auth.signIn({ initiator: 'bt-signin-button' });
    auth.failSignIn({ code: 'popup_window_error' });
    expect(await outcome).to.deep.equal({ kind: 'failed', failure: { code: 'popup_window_error' } });
    await el.updateComplete;
    expect(part(el, 'problem')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(events).to.deep.equal([]);
  });

  it('alone shows and announces its failure, once, next to a sign-in button', async () => {
    const wrapper = await fixture(
      html`<bt-auth-provider .client=${auth}>
        <bt-signin-button></bt-signin-button>
        <bt-activation-landing .service=${new FakeService(valid())} .token=${TOKEN}></bt-activation-landing>
      </bt-auth-provider>`,
    );
    const signin = wrapper.querySelector<BtSigninButton>('bt-signin-button')!;
    const el = wrapper.querySelector<BtActivationLanding>('bt-activation-landing')!;
    await waitUntil(() => button(el, 'Activer mon accès'), 'the landing offers to start');
    const events: CustomEvent<BtAuthErrorEventDetail>[] = [];
    wrapper.addEventListener('bt-auth-error', (event) => events.push(event as CustomEvent<BtAuthErrorEventDetail>));

    button(el, 'Activer mon accès')!.click();
    expect(auth.signIns).to.deep.equal([
      { loginHint: 'camille.martin@example.fr', initiator: 'bt-activation-landing' },
    ]);
    auth.failSignIn({ code: 'popup_window_error' });
    const problem = await problemShown(el);
    expect(problem.getAttribute('role')).to.equal('alert');
    expect(textOf(problem)).to.contain('Fenêtre de connexion bloquée');
    await waitUntil(() => events.length > 0, 'bt-auth-error');
    await signin.updateComplete;
    await el.updateComplete;

    expect(events.map((event) => [event.target, event.detail.problem.code])).to.deep.equal([
      [el, 'popup_window_error'],
    ]);
    // The button neither shows nor announces the landing's failure, and still offers to sign in.
    expect(part(signin, 'problem')).to.equal(null);
    expect(signin.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(textOf(part(signin, 'action'))).to.equal('Se connecter');
    await expect(wrapper).to.be.accessible();
  });

  it('says sign-in is unavailable when no auth client is configured', async () => {
    const wrapper = await fixture(
      html`<div>
        <bt-activation-landing .service=${new FakeService(valid())} .token=${TOKEN}></bt-activation-landing>
      </div>`,
    );
    const el = wrapper.querySelector<BtActivationLanding>('bt-activation-landing')!;
    await waitUntil(() => button(el, 'Activer mon accès'), 'the landing offers to start');
    expect(part(el, 'problem'), 'nothing to say before the customer starts').to.equal(null);
    const failed = oneEvent(el, 'bt-auth-error');
    button(el, 'Activer mon accès')!.click();
    expect(textOf(await problemShown(el))).to.contain('Connexion indisponible');
    expect(((await failed) as CustomEvent<BtAuthErrorEventDetail>).detail.problem.code).to.equal('not_configured');
  });

  it('lets the host take over the start, with the login hint', async () => {
    const el = await landing(new FakeService(valid()));
    const started = oneEvent(el, 'bt-activation-start-requested');
    el.addEventListener('bt-activation-start-requested', (event) => event.preventDefault());
    button(el, 'Activer mon accès')!.click();
    expect((await started).detail).to.deep.equal({ loginHint: 'camille.martin@example.fr' });
    expect(auth.signIns).to.deep.equal([]);
  });

  it('reads the token from the address and removes it from the address bar', async () => {
    const before = location.href;
    history.replaceState(null, '', `?lang=fr&token=${TOKEN}`);
    const service = new FakeService(valid());
    try {
      await landing(service, null);
      expect(service.lookups).to.deep.equal([TOKEN]);
      expect(location.search).to.equal('?lang=fr');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('takes a new link pasted into the address bar of the open page (only the fragment changes)', async () => {
    const before = location.href;
    const other = 'B'.repeat(43);
    history.replaceState(null, '', `#token=${TOKEN}`);
    const service = new FakeService(valid());
    try {
      const el = await landing(service, null);
      expect(service.lookups).to.deep.equal([TOKEN]);
      service.answer = { kind: 'expired' };
      // What the browser does when a link to the same page differs only in its fragment: no reload.
      location.hash = `#token=${other}`;
      await waitUntil(() => title(el) === 'Ce lien a expiré', 'the new link is checked');
      expect(service.lookups).to.deep.equal([TOKEN, other]);
      expect(location.hash).to.equal('');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('asks for a lost link when there is no token at all', async () => {
    const el = await landing(new FakeService(valid()), null);
    expect(title(el)).to.equal('Activez votre accès à l’Espace Client');
    expect(button(el, 'Recevoir un nouveau lien')).to.exist;
    expect(button(el, 'Activer mon accès')).to.equal(undefined);
  });

  it('checks again on retry without losing the token', async () => {
    const service = new FakeService({ kind: 'unreachable' });
    const el = await landing(service);
    service.answer = valid();
    button(el, 'Réessayer')!.click();
    await settled(el);
    expect(service.lookups).to.deep.equal([TOKEN, TOKEN]);
    expect(button(el, 'Activer mon accès')).to.exist;
  });

  it('sends one request however fast the button is pressed', async () => {
    let answer!: (result: RegenerationResult) => void;
    const service = new FakeService({ kind: 'expired' }, new Promise((resolve) => (answer = resolve)));
    const el = await landing(service);
    el.shadowRoot!.querySelector<HTMLInputElement>('input')!.value = 'camille.martin@example.fr';
    const submit = button(el, 'Recevoir un nouveau lien')!;
    submit.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('form button')!.click();
    el.shadowRoot!.querySelector<HTMLButtonElement>('form button')!.click();
    expect(service.requests).to.have.length(1);
    answer({ kind: 'accepted' });
  });

  it('says the service is unreachable when a host-provided service throws, and lets the customer retry', async () => {
    const service = new FakeService({ kind: 'expired' });
    const answer = service.requestNewLink.bind(service);
    service.requestNewLink = (email: string) => {
      service.requests.push(email);
      return Promise.reject(new Error('offline'));
    };
    const el = await landing(service);
    el.shadowRoot!.querySelector<HTMLInputElement>('input')!.value = 'camille.martin@example.fr';
    button(el, 'Recevoir un nouveau lien')!.click();
    await settled(el);
    expect(textOf(part(el, 'notice'))).to.match(/pas pu être envoyée/);
    service.requestNewLink = answer;
    button(el, 'Recevoir un nouveau lien')!.click();
    await settled(el);
    expect(service.requests).to.have.length(2);
  });

  it('lets the host handle the request by cancelling the event', async () => {
    const service = new FakeService({ kind: 'revoked' });
    const el = await landing(service);
    el.addEventListener('bt-link-regeneration-requested', (event) => {
      expect(event.detail.email).to.equal('camille.martin@example.fr');
      event.preventDefault();
    });
    el.shadowRoot!.querySelector<HTMLInputElement>('input')!.value = 'camille.martin@example.fr';
    button(el, 'Recevoir un nouveau lien')!.click();
    await el.updateComplete;
    expect(service.requests).to.deep.equal([]);
    expect(textOf(part(el, 'notice'))).to.contain('correspond à un client, un nouveau lien est en route');
  });

  it('does not send an invalid address, and says why in its own words', async () => {
    const service = new FakeService({ kind: 'expired' });
    const el = await landing(service);
    const input = () => el.shadowRoot!.querySelector<HTMLInputElement>('input')!;
    const error = () => textOf(el.shadowRoot!.querySelector('#email-error'));
    button(el, 'Recevoir un nouveau lien')!.click();
    await el.updateComplete;
    expect(error()).to.equal('Saisissez votre adresse e-mail.');
    expect(input().getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(input());
    // No domain ending: not an address the service could write to.
    input().value = 'camille.martin@example';
    button(el, 'Recevoir un nouveau lien')!.click();
    await el.updateComplete;
    expect(error()).to.contain('Cette adresse semble incomplète');
    expect(service.requests).to.deep.equal([]);
  });

  it('lets the customer correct the address after the confirmation', async () => {
    const service = new FakeService({ kind: 'expired' });
    const el = await landing(service);
    el.shadowRoot!.querySelector<HTMLInputElement>('input')!.value = 'camile.martin@example.fr';
    button(el, 'Recevoir un nouveau lien')!.click();
    await settled(el);
    button(el, 'Corriger l’adresse')!.click();
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input')!;
    expect(input.value).to.equal('camile.martin@example.fr');
    expect(el.shadowRoot!.activeElement).to.equal(input);
  });

  it('always renders a state, and offers to start only for a confirmed token, whatever the service answers', async () => {
    const original = globalThis.fetch;
    try {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 100, max: 599 }), fc.jsonValue(), async (status, body) => {
          globalThis.fetch = () =>
            Promise.resolve(new Response(JSON.stringify(body), { status: status < 200 ? 500 : status }));
          const el = await landing(new HttpActivationService('https://service.example/api'));
          await settled(el);
          expect(title(el)).to.not.equal('');
          const started = Boolean(button(el, 'Activer mon accès'));
          const confirmed =
            status === 200 &&
            typeof body === 'object' &&
            body !== null &&
            (body as { status?: unknown }).status === 'valid';
          if (started) expect(confirmed).to.equal(true);
        }),
        { numRuns: 40 },
      );
    } finally {
      globalThis.fetch = original;
    }
  });
});

describe('<bt-activation-landing> through interruptions', () => {
  before(() => setLocale('fr'));
  afterEach(() => sessionStorage.clear());

  it('still says the link has expired after a reload, with the token out of the address', async () => {
    const home = location.href;
    history.replaceState(null, '', `?token=${TOKEN}`);
    try {
      const service = new FakeService({ kind: 'expired' });
      const first = await landing(service, null);
      expect(title(first)).to.equal('Ce lien a expiré');
      expect(location.search).to.equal('');
      first.closest('bt-auth-provider')!.remove();
      const again = await landing(service, null);
      expect(title(again)).to.equal('Ce lien a expiré');
      expect(service.lookups).to.deep.equal([TOKEN, TOKEN]);
    } finally {
      history.replaceState(null, '', home);
    }
  });

  it('says whose session is open when a used link is opened while signed in, and offers to sign out', async () => {
    auth.settle({ status: 'signed-in', account: CAMILLE });
    const el = await landing(new FakeService({ kind: 'used' }));
    expect(title(el)).to.equal('Ce lien a déjà servi');
    expect(textOf(part(el, 'details'))).to.contain('camille.martin@example.fr');
    button(el, 'Se déconnecter')!.click();
    await settled(el);
    expect(auth.getState().status).to.equal('signed-out');
  });
});

describe('<bt-activation-landing> with the keyboard and a screen reader (issue 19)', () => {
  before(() => setLocale('fr'));

  const input = (el: BtActivationLanding) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type="email"]')!;
  const focused = (el: BtActivationLanding) => el.shadowRoot!.activeElement;
  const notice = (el: BtActivationLanding) => el.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;

  it('keeps the focus in the element once the request is accepted: the next Tab reaches « Corriger l’adresse »', async () => {
    const service = new FakeService({ kind: 'expired' });
    const el = await landing(service);
    input(el).focus();
    await sendKeys({ type: 'camille.martin@example.fr' });
    await sendKeys({ press: 'Tab' });
    expect(textOf(focused(el))).to.equal('Recevoir un nouveau lien');
    const regenerated = oneEvent(el, 'bt-link-regenerated');
    await sendKeys({ press: 'Enter' });
    await regenerated;
    await settled(el);
    expect(service.requests).to.deep.equal(['camille.martin@example.fr']);
    expect(focused(el), 'the confirmation has the focus').to.equal(notice(el));
    await sendKeys({ press: 'Tab' });
    expect(textOf(focused(el))).to.equal('Corriger l’adresse');
  });

  for (const how of ['Enter in the field', 'the button'] as const) {
    it(`refuses an empty or incomplete address from ${how}, in its own words, and keeps the form`, async () => {
      const service = new FakeService({ kind: 'expired' });
      const el = await landing(service);
      const press = async () => {
        input(el).focus();
        if (how === 'the button') await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Enter' });
        await settled(el);
      };
      const described = () =>
        (input(el).getAttribute('aria-describedby') ?? '')
          .split(/\s+/)
          .map((id) => textOf(el.shadowRoot!.getElementById(id)))
          .join(' ');
      await press();
      expect(input(el).validity.valid, 'the browser’s own check is not used').to.equal(false);
      expect(input(el).getAttribute('aria-invalid')).to.equal('true');
      expect(described()).to.contain('Saisissez votre adresse e-mail.');
      expect(focused(el)).to.equal(input(el));
      await sendKeys({ type: 'camille.martin@example' });
      expect(input(el).getAttribute('aria-invalid'), 'no error while correcting').to.equal('false');
      await press();
      expect(input(el).getAttribute('aria-invalid')).to.equal('true');
      expect(described()).to.contain('Cette adresse semble incomplète');
      expect(service.requests).to.deep.equal([]);
      expect(input(el).value, 'the form stays, with the address to correct').to.equal('camille.martin@example');
      await expect(el).to.be.accessible();
    });
  }

  it('has its status region before the message, and changes only its text', async () => {
    const el = await landing(new FakeService({ kind: 'expired' }));
    const region = notice(el);
    expect(textOf(region)).to.equal('');
    expect(getComputedStyle(region).display, 'an empty live region stays in the accessibility tree').not.to.equal(
      'none',
    );
    input(el).value = 'camille.martin@example.fr';
    button(el, 'Recevoir un nouveau lien')!.click();
    await settled(el);
    expect(notice(el), 'the same region').to.equal(region);
    expect(region.isConnected).to.equal(true);
    expect(textOf(region)).to.contain('correspond à un client');
  });

  it('starts sign-in from « Activer mon accès » with Tab and Enter, the busy button keeping the focus', async () => {
    const el = await landing(new FakeService(valid()));
    for (let tab = 0; tab < 10 && textOf(focused(el)) !== 'Activer mon accès'; tab++) await sendKeys({ press: 'Tab' });
    expect(textOf(focused(el))).to.equal('Activer mon accès');
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(auth.signIns).to.deep.equal([
      { loginHint: 'camille.martin@example.fr', returnUrl: '/espace-client/', initiator: 'bt-activation-landing' },
    ]);
    const action = part(el, 'action')!;
    expect(focused(el), 'the same button, now busy, keeps the focus').to.equal(action);
    expect(action.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(part(el, 'status'))).to.equal('Poursuivez sur la page Microsoft qui s’est ouverte.');
  });

  it('says in an alert that the service is unreachable, and checks again from « Réessayer » with the keyboard', async () => {
    const service = new FakeService({ kind: 'unreachable' });
    const el = await landing(service);
    expect(title(el)).to.equal('Vérification impossible pour le moment');
    expect(textOf(el.shadowRoot!.querySelector('[role="alert"]'))).to.equal(
      'Le service d’activation ne répond pas. Votre lien est conservé\u00a0: réessayez dans quelques instants.',
    );
    expect(focused(el), 'the element takes no focus on its own').to.equal(null);
    await sendKeys({ press: 'Tab' });
    expect(textOf(focused(el))).to.equal('Réessayer');
    service.answer = { kind: 'expired' };
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => title(el) === 'Ce lien a expiré', 'the link is checked again');
    expect(service.lookups).to.deep.equal([TOKEN, TOKEN]);
    await el.updateComplete;
    expect(focused(el) === part(el, 'title'), 'the new state’s heading has the focus, not the page').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says a link expires soon in a note read after its date and before « Activer mon accès » and the facts, without taking the focus', async () => {
    const el = await landing(new FakeService(valid('2026-11-27T20:00:00Z')));
    const note = el.shadowRoot!.querySelector<HTMLElement>('.alert[data-tone="warning"]')!;
    expect(note.getAttribute('role')).to.equal('note');
    expect(textOf(note)).to.equal(
      'Ce lien expire bientôt\u00a0: activez votre accès maintenant, ou demandez un nouveau lien plus tard.',
    );
    expect(seen(part(el, 'details'))).to.contain('(encore 2 jours)');
    // Part of the page's text, not a live region: read in order, not announced over the rest.
    expect(note.closest('[role="alert"], [role="status"], [aria-live]')).to.equal(null);
    const order = [part(el, 'details')!, note, part(el, 'action')!, part(el, 'facts')!];
    for (const [before, after] of order.slice(1).map((node, index) => [order[index], node])) {
      expect(before.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING).not.to.equal(0);
    }
    expect(focused(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says the purpose of its one field, for autofill', async () => {
    const el = await landing(new FakeService({ kind: 'expired' }));
    expect(input(el).type).to.equal('email');
    expect(input(el).autocomplete).to.equal('email');
  });

  it('gives the masked address a text that reads in words, in the landing and the confirmation', async () => {
    const el = await landing(new FakeService(valid()));
    const details = part(el, 'details')!;
    const hidden = details.querySelector('[aria-hidden="true"]');
    expect(textOf(hidden)).to.equal('c••••••.m•••••@example.fr');
    // Read « c…m…@example.fr », not bullet by bullet.
    expect(textOf(details.querySelector('.visually-hidden'))).to.equal('c….m…@example.fr');
    await expect(el).to.be.accessible();
    const expired = await landing(new FakeService({ kind: 'expired' }));
    input(expired).value = 'camille.martin@example.fr';
    button(expired, 'Recevoir un nouveau lien')!.click();
    await settled(expired);
    const confirmation = notice(expired);
    expect(textOf(confirmation.querySelector('[aria-hidden="true"]'))).to.equal('c•••••••••••••@e••••••.fr');
    expect(textOf(confirmation.querySelector('.visually-hidden'))).to.equal('c…@e….fr');
    await expect(expired).to.be.accessible();
  });
});

describe('<bt-activation-landing> one alert pattern (issue 20)', () => {
  before(() => setLocale('fr'));
  const follows = (before: Element, after: Element) =>
    (before.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const look = (alert: Element) => {
    const style = getComputedStyle(alert);
    const icon = getComputedStyle(alert, '::before');
    return { border: style.borderInlineStartColor, background: style.backgroundColor, icon: icon.content };
  };

  it('shows a failed sign-in as an error alert above « Activer mon accès », with an icon read as nothing', async () => {
    const el = await landing(new FakeService(valid()));
    button(el, 'Activer mon accès')!.click();
    auth.failSignIn({ code: 'unknown_error' });
    const problem = await problemShown(el);
    expect(problem.matches('.alert[data-tone="error"]')).to.equal(true);
    expect(follows(problem, button(el, 'Activer mon accès')!), 'above the primary action').to.equal(true);
    const { border, background, icon } = look(problem);
    expect(icon).to.equal('"×" / ""');
    expect(background, 'a tinted surface').not.to.equal(getComputedStyle(part(el, 'base')!).backgroundColor);
    expect(background).not.to.equal('rgba(0, 0, 0, 0)');
    expect(border).to.equal('rgb(179, 38, 30)');
    expect(textOf(problem)).not.to.contain('×');
    await expect(el).to.be.accessible();
  });

  it('says a closed Microsoft window as information, not as an error', async () => {
    const el = await landing(new FakeService(valid()));
    button(el, 'Activer mon accès')!.click();
    auth.failSignIn({ code: 'user_cancelled' });
    const problem = await problemShown(el);
    expect(problem.matches('.alert[data-tone="info"]')).to.equal(true);
    expect(look(problem).icon).to.equal('"i" / ""');
  });

  it('draws an unreachable service like every other error, and follows the host’s error colour', async () => {
    const el = await landing(new FakeService({ kind: 'unreachable' }));
    const alert = el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;
    expect(alert.matches('.alert[data-tone="error"]')).to.equal(true);
    expect(follows(alert, button(el, 'Réessayer')!), 'above « Réessayer »').to.equal(true);
    el.style.setProperty('--bt-color-error', 'rgb(1, 2, 3)');
    expect(look(alert).border).to.equal('rgb(1, 2, 3)');
    await expect(el).to.be.accessible();
  });

  it('puts the outcome of a new-link request above the form: a warning when limited, a success when sent', async () => {
    const service = new FakeService({ kind: 'expired' }, { kind: 'rate-limited', retryAfterSeconds: 150 });
    const el = await landing(service);
    const notice = part(el, 'notice')!;
    expect(notice.matches('.alert'), 'no box while it has nothing to say').to.equal(false);
    expect(look(notice).icon).to.equal('none');
    expect(follows(notice, part(el, 'request-form')!)).to.equal(true);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#email')!;
    input.value = 'camille.martin@example.fr';
    input.dispatchEvent(new InputEvent('input'));
    button(el, 'Recevoir un nouveau lien')!.click();
    await waitUntil(() => notice.matches('.alert[data-tone="warning"]'), 'the limit is said as a warning');
    expect(look(notice).icon).to.equal('"!" / ""');
    service.regeneration = { kind: 'accepted' };
    await waitUntil(() => !button(el, 'Recevoir un nouveau lien')?.matches('[aria-disabled="true"]'));
    button(el, 'Recevoir un nouveau lien')!.click();
    await waitUntil(() => notice.matches('.alert[data-tone="success"]'), 'the sent link is said as a success');
    expect(look(notice).icon).to.equal('"✓" / ""');
    await expect(el).to.be.accessible();
  });
});
