// The first Intl call in a page loads the ICU data: 14–47 ms before anything shows on this
// machine. No element may make one to render, in any state a customer meets first. (MSAL, loaded
// once sign-in starts, is not ours to police.)
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define.js';
import type { ActivationService } from '../src/activation/activation-service.js';
import { setLocale } from '../src/localization.js';
import { FakeAuthClient } from '../src/testing/fake-auth-client.js';
import { freezeTime } from './helpers/clock.js';
import { deepElements, settled } from './helpers/settle.js';

type Callable = (...args: never[]) => unknown;

/** Counts every use of Intl's formatters and of the built-ins that call them. */
function countIntlUse(): { uses: string[]; restore: () => void } {
  const uses: string[] = [];
  const restores: (() => void)[] = [];
  const replace = <T extends object>(owner: T, key: keyof T & string, label: string) => {
    const original = owner[key] as Callable;
    const spy = new Proxy(original, {
      construct(target, args, newTarget) {
        uses.push(label);
        return Reflect.construct(target, args, newTarget) as object;
      },
      apply(target, self, args) {
        uses.push(label);
        return Reflect.apply(target, self, args) as unknown;
      },
    });
    Object.defineProperty(owner, key, { value: spy, configurable: true, writable: true });
    restores.push(() => Object.defineProperty(owner, key, { value: original, configurable: true, writable: true }));
  };
  for (const name of [
    'DateTimeFormat',
    'RelativeTimeFormat',
    'NumberFormat',
    'PluralRules',
    'Collator',
    'ListFormat',
    'DisplayNames',
    'Segmenter',
  ] as const) {
    replace(Intl, name, `Intl.${name}`);
  }
  for (const name of ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'] as const) {
    replace(Date.prototype, name, `Date#${name}`);
  }
  replace(Number.prototype, 'toLocaleString', 'Number#toLocaleString');
  replace(String.prototype, 'localeCompare', 'String#localeCompare');
  return { uses, restore: () => restores.forEach((restore) => restore()) };
}

const validLink: ActivationService = {
  lookup: () =>
    Promise.resolve({
      kind: 'valid',
      maskedEmail: 'c••••••.m•••••@example.fr',
      expiresAt: new Date('2026-12-01T15:00:00Z'),
      loginHint: 'camille.martin@example.fr',
    }),
  requestNewLink: () => Promise.resolve({ kind: 'accepted' }),
};

const HOURS = 'Mo-Fr 09:00-12:30,14:00-18:00; Sa 09:00-12:00';
const TOKEN = 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0U1v';

const STATES: [string, () => TemplateResult, string][] = [
  [
    'lost-phone card with opening hours',
    () => html`<bt-lost-phone-card phone="01 23 45 67 89" email="a@example.fr" hours=${HOURS}></bt-lost-phone-card>`,
    'bt-lost-phone-card',
  ],
  ['password hint', () => html`<bt-password-hint min-length="8"></bt-password-hint>`, 'bt-password-hint'],
  [
    'MFA method chooser',
    () => html`<bt-mfa-method-chooser platform="ios"></bt-mfa-method-chooser>`,
    'bt-mfa-method-chooser',
  ],
  ['help centre', () => html`<bt-signin-faq></bt-signin-faq>`, 'bt-signin-faq'],
  [
    'activation landing with a valid link',
    () => html`<bt-activation-landing .service=${validLink} .token=${TOKEN}></bt-activation-landing>`,
    'bt-activation-landing',
  ],
  ['sign-in button', () => html`<bt-signin-button></bt-signin-button>`, 'bt-signin-button'],
  [
    'onboarding journey',
    () => html`<bt-onboarding-journey .service=${validLink} support-hours=${HOURS}></bt-onboarding-journey>`,
    'bt-onboarding-journey',
  ],
];

/** The text of every shadow root at or under `root`. */
const deepText = (root: Element) => [...deepElements(root)].map((el) => el.shadowRoot?.textContent ?? '').join(' ');

/** Whether something under `root` says it is still loading (a status line ending in « … »). */
const loading = (root: Element) =>
  [...deepElements(root)].some((el) =>
    [...(el.shadowRoot?.querySelectorAll('[role="status"]') ?? [])].some((status) =>
      status.textContent.trim().endsWith('…'),
    ),
  );

/**
 * Waits until the element and what it composes have settled in the state a customer meets first:
 * nothing still loading (lookups, on-demand questions), no update pending.
 */
async function settle(root: Element) {
  await waitUntil(() => !loading(root), `still loading: ${deepText(root)}`, { timeout: 4_000 });
  await settled(root);
}

for (const locale of ['fr', 'en'] as const) {
  describe(`first render without Intl, in ${locale}`, () => {
    let unfreeze: () => void;
    before(() => setLocale(locale));
    after(() => setLocale('fr'));
    // A Tuesday morning in Paris: the card shows "open until…".
    beforeEach(() => (unfreeze = freezeTime('2026-11-24T09:00:00Z')));
    afterEach(() => unfreeze());

    for (const [name, template, tag] of STATES) {
      it(`renders the ${name} without calling Intl`, async () => {
        const counter = countIntlUse();
        let text: string;
        // The journey starts at the activation link only when the address carries a token.
        const address = location.href;
        if (tag === 'bt-onboarding-journey') history.replaceState(null, '', `?token=${TOKEN}`);
        try {
          const wrapper = await fixture(
            html`<bt-auth-provider .client=${new FakeAuthClient()}>${template()}</bt-auth-provider>`,
          );
          const el = wrapper.querySelector(tag)!;
          await settle(el);
          text = deepText(el);
        } finally {
          counter.restore();
          history.replaceState(null, '', address);
        }
        expect(text.trim(), 'the element rendered').not.to.equal('');
        if (/landing|journey/.test(name)) expect(text, 'the link was checked').to.match(/2026/);
        expect(counter.uses).to.deep.equal([]);
      });
    }

    it('counts a use of Intl when there is one', () => {
      const counter = countIntlUse();
      try {
        new Date(0).toLocaleDateString(locale);
        new Intl.DateTimeFormat(locale).format(0);
      } finally {
        counter.restore();
      }
      expect(counter.uses).to.deep.equal(['Date#toLocaleDateString', 'Intl.DateTimeFormat']);
    });
  });
}
