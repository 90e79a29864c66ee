import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/auth-provider/define.js';
import '../../src/components/onboarding-journey/define.js';
import type { BtOnboardingJourney } from '../../src/components/onboarding-journey/onboarding-journey.js';
import type { BtSigninFaq } from '../../src/components/signin-faq/signin-faq.js';
import { setLocale } from '../../src/localization.js';
import { FakeAuthClient } from '../../src/testing/fake-auth-client.js';
import '../helpers/lit-warnings.js';
import { part } from '../helpers/shadow.js';

// Issue 17: a link to an answer copied from the journey's help (`journey.html#faq-deadline`)
// opens the help and that answer, even when the answer belongs to another step's topic.
const home = location.pathname;

async function journey() {
  const wrapper = await fixture(
    html`<bt-auth-provider .client=${new FakeAuthClient()}>
      <bt-onboarding-journey></bt-onboarding-journey>
    </bt-auth-provider>`,
  );
  const el = wrapper.querySelector<BtOnboardingJourney>('bt-onboarding-journey')!;
  await el.updateComplete;
  return el;
}

/** The journey's help, once its questions show. */
async function help(el: BtOnboardingJourney) {
  const details = part<HTMLDetailsElement>(el, 'help')!;
  await waitUntil(() => details.querySelector('bt-signin-faq'), 'the help never opened');
  const faq = details.querySelector<BtSigninFaq>('bt-signin-faq')!;
  await waitUntil(() => faq.shadowRoot!.querySelector('details'), 'the questions never showed');
  await faq.updateComplete;
  return { details, faq };
}

describe('a link to an answer of the journey’s help', () => {
  before(() => setLocale('fr'));
  beforeEach(() => sessionStorage.clear());
  afterEach(() => history.replaceState(null, '', home));

  it('opens the help and the answer on load', async () => {
    history.replaceState(null, '', `${home}#faq-deadline`);
    const el = await journey();
    const { details, faq } = await help(el);
    expect(details.open).to.equal(true);
    await waitUntil(() => faq.shadowRoot!.querySelector<HTMLDetailsElement>('#faq-deadline')?.open, 'no answer');
    await waitUntil(() => faq.shadowRoot!.activeElement, 'the linked question never took focus');
    expect(faq.shadowRoot!.activeElement?.textContent).to.contain('date limite');
  });

  it('opens the help when a link is followed later, with the answer outside the step’s topic', async () => {
    const el = await journey();
    expect(part<HTMLDetailsElement>(el, 'help')!.open).to.equal(false);
    const changed = oneEvent(window, 'hashchange');
    location.hash = '#faq-lost-phone';
    await changed;
    const { details, faq } = await help(el);
    expect(details.open).to.equal(true);
    expect(faq.getAttribute('topic')).not.to.equal('phone');
    await waitUntil(() => faq.shadowRoot!.querySelector<HTMLDetailsElement>('#faq-lost-phone')?.open, 'no answer');
    // The step's own questions stay; of the other topic, only the linked answer shows.
    const shown = [...faq.shadowRoot!.querySelectorAll('details')].map((answer) => answer.id);
    expect(shown).to.include('faq-lost-phone');
    expect(shown).not.to.include('faq-personal-phone');
    expect(shown.length).to.be.greaterThan(1);
  });

  it('leaves the help closed without a link', async () => {
    const el = await journey();
    expect(part<HTMLDetailsElement>(el, 'help')!.open).to.equal(false);
    expect(part(el, 'help')!.querySelector('bt-signin-faq')).to.equal(null);
  });
});
