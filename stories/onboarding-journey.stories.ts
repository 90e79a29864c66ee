import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { ActivationService } from '../src/activation/activation-service.js';
import { forgetActivation, keepJourney, keepToken } from '../src/activation/kept-activation.js';
import type { AuthFailure, AuthState } from '../src/auth/types.js';
import type { BtOnboardingJourney, JourneyStep } from '../src/components/onboarding-journey/onboarding-journey.js';
import type { JourneyState } from '../src/components/onboarding-journey/journey-steps.js';
import type { MfaMethod } from '../src/mfa/methods.js';
import { CAMILLE, FakeAuthClient } from '../src/testing/fake-auth-client.js';
import { controlled } from './support/controls.js';

const TOKEN = 'A'.repeat(43);

type Args = Partial<
  Pick<
    BtOnboardingJourney,
    'tokenParam' | 'returnUrl' | 'portalUrl' | 'supportPhone' | 'supportEmail' | 'supportHours' | 'loginHost'
  >
> & {
  step: JourneyStep;
  /** A returning customer: no activation link, only the sign-in. */
  returning: boolean;
  hasMicrosoftAccount: boolean;
  method: MfaMethod | 'none';
  signIn: 'completes' | 'cancelled';
};

const FAILURES: Record<Args['signIn'], AuthFailure | undefined> = {
  completes: undefined,
  cancelled: { code: 'user_cancelled' },
};

const service: ActivationService = {
  lookup: () =>
    Promise.resolve({
      kind: 'valid',
      maskedEmail: 'c••••••.m•••••@example.fr',
      // From the stories' fixed clock (.storybook/fixed-clock.ts).
      expiresAt: new Date(Date.now() + 24 * 86_400_000),
      loginHint: CAMILLE.username,
    }),
  requestNewLink: () => Promise.resolve({ kind: 'accepted' }),
};

/**
 * Puts the tab where a customer who reached `step` would have it: the journey reads, when it
 * connects, the token and the journey its tab kept (session storage, see kept-activation.ts), as
 * after a reload. The done step is the sign-in step once Microsoft's sign-in succeeded.
 */
function seedTab({ step, returning, hasMicrosoftAccount, method }: Args) {
  forgetActivation();
  if (method === 'none') sessionStorage.removeItem('bt-mfa-method');
  if (returning) return;
  keepToken(TOKEN);
  const state: JourneyState = {
    step: step === 'done' ? 'sign-in' : step,
    returning: false,
    hasMicrosoftAccount: step === 'link' || step === 'account' ? undefined : hasMicrosoftAccount,
    method: method === 'none' ? undefined : method,
  };
  keepJourney(TOKEN, { state, loginHint: CAMILLE.username });
}

const storyArg = (description: string) => ({ description, table: { category: 'story' } });

// The journey with a fake activation service and a fake auth client: no network. Each story opens
// the step a customer would have reached (as after a reload); "Continuer vers Microsoft"
// completes the sign-in after a second.
const meta: Meta<Args> = {
  title: 'Elements/Onboarding journey',
  component: 'bt-onboarding-journey',
  args: {
    step: 'link',
    returning: false,
    hasMicrosoftAccount: false,
    method: 'authenticator',
    signIn: 'completes',
    supportPhone: '01 23 45 67 89',
    supportHours: 'Mo-Fr 09:00-18:00',
  },
  argTypes: {
    step: {
      ...storyArg('The step the customer reached (kept by the tab; not an attribute).'),
      control: 'select',
      options: ['link', 'account', 'password', 'second-factor', 'sign-in', 'done'],
    },
    returning: { ...storyArg('A returning customer, without an activation link: sign-in only.'), control: 'boolean' },
    hasMicrosoftAccount: {
      ...storyArg('The answer to « Avez-vous déjà un compte Microsoft ? » (after the account step).'),
      control: 'boolean',
    },
    method: {
      ...storyArg('The second-factor method chosen.'),
      control: 'inline-radio',
      options: ['authenticator', 'sms', 'none'],
    },
    signIn: {
      ...storyArg('How the Microsoft sign-in ends (a fake auth client).'),
      control: 'inline-radio',
      options: ['completes', 'cancelled'],
    },
  },
  render: (args) => {
    seedTab(args);
    const done = args.step === 'done';
    const client = new FakeAuthClient(
      done ? ({ status: 'signed-in', account: CAMILLE } satisfies AuthState) : { status: 'signed-out' },
    );
    const signIn = client.signIn.bind(client);
    const failure = FAILURES[args.signIn];
    client.signIn = (options) => {
      const outcome = signIn(options);
      if (failure) client.failSignIn(failure);
      else setTimeout(() => client.completeSignIn(), 1000);
      return outcome;
    };
    // A new journey whenever the tab's state changes: the journey reads it when it connects.
    return html`${keyed(
      JSON.stringify([args.step, args.returning, args.hasMicrosoftAccount, args.method, args.signIn]),
      html`<bt-auth-provider .client=${client}>
        <bt-onboarding-journey .service=${service} ${controlled(args)}></bt-onboarding-journey>
      </bt-auth-provider>`,
    )}`;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const ActivationLink: Story = {};
export const ExistingAccountQuestion: Story = { args: { step: 'account' } };
export const PasswordHint: Story = { args: { step: 'password' } };
export const SecondFactor: Story = { args: { step: 'second-factor', method: 'none' } };
export const ReadyToSignIn: Story = { args: { step: 'sign-in', hasMicrosoftAccount: true } };

/** The customer pressed « Continuer vers Microsoft », then closed Microsoft's window. */
export const SignInCancelled: Story = {
  args: { step: 'sign-in', signIn: 'cancelled' },
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    const journey = canvasElement.querySelector('bt-onboarding-journey')!;
    let next: HTMLElement | null | undefined;
    for (let tries = 0; tries < 100 && !next; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      next = journey.shadowRoot?.querySelector<HTMLElement>('[part~="next"]');
    }
    next?.click();
  },
};

export const Done: Story = { args: { step: 'done' } };
/** Done, with the portal to go to (`return-url`, or `portal-url`). */
export const DoneWithReturnUrl: Story = {
  name: 'Done with return-url',
  args: { step: 'done', returnUrl: '/espace-client/' },
};

/** A returning customer, without an activation link: the journey is only the sign-in. */
export const ReturningCustomer: Story = { args: { returning: true, step: 'sign-in' } };
