import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { ActivationService } from '../src/activation/activation-service.js';
import { forgetActivation } from '../src/activation/kept-activation.js';
import type { ActivationLookup, RegenerationResult } from '../src/activation/lookup.js';
import type { AuthFailure } from '../src/auth/types.js';
import type { BtActivationLanding } from '../src/components/activation-landing/activation-landing.js';
import { FakeAuthClient } from '../src/testing/fake-auth-client.js';
import { controlled } from './support/controls.js';

const TOKEN = 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0U1v';
const MASKED = 'c••••••.m•••••@example.fr';
// Dates from the stories' fixed clock (.storybook/fixed-clock.ts), computed when a story renders.
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
const valid = (days: number): ActivationLookup => ({
  kind: 'valid',
  maskedEmail: MASKED,
  expiresAt: inDays(days),
  loginHint: 'camille.martin@example.fr',
});

/** What the (fake) activation service answers about the link, by name (the "state" control). */
const STATES: Record<string, () => ActivationLookup | 'pending' | 'no-token'> = {
  checking: () => 'pending',
  valid: () => valid(24),
  'expiring-soon': () => valid(2),
  expired: () => ({ kind: 'expired', maskedEmail: MASKED }),
  'already-used': () => ({ kind: 'used' }),
  revoked: () => ({ kind: 'revoked' }),
  malformed: () => ({ kind: 'malformed' }),
  unknown: () => ({ kind: 'unknown' }),
  unreachable: () => ({ kind: 'unreachable' }),
  'no-token': () => 'no-token',
};

/** How the service answers a request for a new link, by name (the "regeneration" control). */
const REGENERATIONS: Record<string, RegenerationResult | 'pending'> = {
  accepted: { kind: 'accepted' },
  'rate-limited': { kind: 'rate-limited', retryAfterSeconds: 300 },
  unreachable: { kind: 'unreachable' },
  pending: 'pending',
};

/** How the Microsoft sign-in started from the landing ends (`open`: Microsoft's page stays open). */
const SIGN_IN_ENDINGS: Record<string, AuthFailure | undefined> = {
  open: undefined,
  cancelled: { code: 'user_cancelled' },
  'popup-blocked': { code: 'popup_window_error' },
};

type Args = Partial<Pick<BtActivationLanding, 'token' | 'tokenParam' | 'serviceUrl' | 'returnUrl' | 'headingLevel'>> & {
  state: keyof typeof STATES;
  regeneration: keyof typeof REGENERATIONS;
  signIn: keyof typeof SIGN_IN_ENDINGS;
};

const storyArg = (description: string, options: string[]) => ({
  description,
  control: 'select' as const,
  options,
  table: { category: 'story' },
});

// Every story answers from a fake activation service and a fake auth client: no network.
const meta: Meta<Args> = {
  title: 'Elements/Activation landing',
  component: 'bt-activation-landing',
  args: { state: 'valid', regeneration: 'accepted', signIn: 'open', token: TOKEN },
  argTypes: {
    state: storyArg('What the fake activation service says about the link (not an attribute).', Object.keys(STATES)),
    regeneration: storyArg('How the fake service answers a request for a new link.', Object.keys(REGENERATIONS)),
    signIn: storyArg('How the Microsoft sign-in started from the landing ends (a fake auth client).', [
      ...Object.keys(SIGN_IN_ENDINGS),
    ]),
  },
  render: (args) => {
    const answer = STATES[args.state]();
    const regeneration = REGENERATIONS[args.regeneration];
    const signInFailure = SIGN_IN_ENDINGS[args.signIn];
    const client = new FakeAuthClient();
    const signIn = client.signIn.bind(client);
    client.signIn = (options) => {
      const outcome = signIn(options);
      if (signInFailure) client.failSignIn(signInFailure);
      return outcome;
    };
    const service: ActivationService = {
      lookup: () => (answer === 'pending' ? new Promise(() => undefined) : Promise.resolve(answer as ActivationLookup)),
      requestNewLink: () =>
        regeneration === 'pending'
          ? new Promise(() => undefined)
          : new Promise((resolve) => setTimeout(() => resolve(regeneration), 600)),
    };
    // Without a token, nor one kept by this tab from an earlier story.
    if (answer === 'no-token') forgetActivation();
    const controls = answer === 'no-token' ? { ...args, token: undefined } : args;
    // A new landing for each story state; the element's own controls change it in place.
    return html`${keyed(
      `${args.state} ${args.regeneration} ${args.signIn}`,
      html`<bt-auth-provider .client=${client}>
        <bt-activation-landing .service=${service} ${controlled(controls)}>
          <bt-password-hint slot="hint" min-length="8"></bt-password-hint>
        </bt-activation-landing>
      </bt-auth-provider>`,
    )}`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The landing once the fake service answered and `selector` is in its shadow root. */
async function renderedLanding(canvas: HTMLElement, selector: string) {
  const landing = canvas.querySelector('bt-activation-landing')!;
  for (let tries = 0; tries < 50 && !landing.shadowRoot?.querySelector(selector); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return landing;
}

/** Asks for a new link with the landing's form, as a customer would. */
const requestNewLink: Story['play'] = async ({ canvasElement }) => {
  const landing = await renderedLanding(canvasElement, 'form');
  landing.shadowRoot!.querySelector<HTMLInputElement>('input[type="email"]')!.value = 'camille.martin@example.fr';
  landing.shadowRoot!.querySelector('form')!.requestSubmit();
};
const afterPlay = { docs: { story: { autoplay: true } } };

export const Checking: Story = { args: { state: 'checking' } };
export const Valid: Story = {};
export const ExpiringSoon: Story = { args: { state: 'expiring-soon' } };
export const Expired: Story = { args: { state: 'expired' } };
export const AlreadyUsed: Story = { args: { state: 'already-used' } };
export const Revoked: Story = { args: { state: 'revoked' } };
export const Malformed: Story = { args: { state: 'malformed' } };
export const ServiceUnreachable: Story = { args: { state: 'unreachable' } };
/** Opened without a token in the address (a bookmark, a copied address): how to get a link. */
export const WithoutToken: Story = { args: { state: 'no-token' } };

/** The customer asked for a new link: the request is under way. */
export const SendingNewLink: Story = {
  args: { state: 'expired', regeneration: 'pending' },
  parameters: afterPlay,
  play: requestNewLink,
};
/** The service accepted the request: a new link is on its way. */
export const NewLinkSent: Story = {
  args: { state: 'expired', regeneration: 'accepted' },
  parameters: afterPlay,
  play: async (context) => {
    await requestNewLink(context);
    const landing = context.canvasElement.querySelector('bt-activation-landing')!;
    for (let tries = 0; tries < 100 && !landing.shadowRoot?.querySelector('[part~="notice"]'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  },
};
/** The customer asked for a new link too often: the form says how long to wait. */
export const RateLimited: Story = {
  args: { state: 'expired', regeneration: 'rate-limited' },
  parameters: afterPlay,
  play: requestNewLink,
};

/** The customer pressed Start, then closed Microsoft's window. */
export const SignInCancelled: Story = {
  args: { state: 'valid', signIn: 'cancelled' },
  parameters: afterPlay,
  play: async ({ canvasElement }) => {
    const landing = await renderedLanding(canvasElement, '[part~="action"]');
    landing.shadowRoot!.querySelector<HTMLElement>('[part~="action"]')!.click();
  },
};
