import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { ActivationService } from '../src/activation/activation-service.js';
import type { BtOnboardingJourney, JourneyStep } from '../src/components/onboarding-journey/onboarding-journey.js';
import type { AuthState } from '../src/auth/types.js';
import { CAMILLE, FakeAuthClient } from '../src/testing/fake-auth-client.js';

interface Args {
  step: JourneyStep;
  hasMicrosoftAccount: boolean;
  auth: AuthState;
}

const service: ActivationService = {
  lookup: () =>
    Promise.resolve({
      kind: 'valid',
      maskedEmail: 'c••••••.m•••••@example.fr',
      expiresAt: new Date(Date.now() + 24 * 86_400_000),
      loginHint: CAMILLE.username,
    }),
  requestNewLink: () => Promise.resolve({ kind: 'accepted' }),
};

/**
 * The journey with a fake activation service and a fake auth client: no network. Each story
 * opens one step, as the customer would have reached it; "Continuer vers Microsoft" completes
 * the sign-in after a second.
 */
const meta: Meta<Args> = {
  title: 'Elements/Onboarding journey',
  component: 'bt-onboarding-journey',
  args: { step: 'link', hasMicrosoftAccount: false, auth: { status: 'signed-out' } },
  render: ({ step, hasMicrosoftAccount, auth }) => {
    // The journey starts from an activation link in the address.
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${location.search.replace(/&?token=[^&]*/, '')}&token=${'A'.repeat(43)}`,
    );
    const client = new FakeAuthClient(auth);
    const signIn = client.signIn.bind(client);
    client.signIn = (options) => {
      setTimeout(() => client.completeSignIn(), 1000);
      return signIn(options);
    };
    // Stories only: open the journey at a step, as if the customer had got there.
    const open = (journey: BtOnboardingJourney | undefined) => {
      if (!journey || step === 'link') return;
      Object.assign(journey, { step, hasMicrosoftAccount, method: 'authenticator' });
    };
    return html`<bt-auth-provider .client=${client}>
      <bt-onboarding-journey
        .service=${service}
        support-phone="01 23 45 67 89"
        support-hours="Mo-Fr 09:00-18:00"
        ${refCallback(open)}
      ></bt-onboarding-journey>
    </bt-auth-provider>`;
  },
};
export default meta;

function refCallback(callback: (element: BtOnboardingJourney | undefined) => void) {
  return ref((element) => callback(element as BtOnboardingJourney | undefined));
}

type Story = StoryObj<Args>;

export const ActivationLink: Story = {};
export const ExistingAccountQuestion: Story = { args: { step: 'account' } };
export const PasswordHint: Story = { args: { step: 'password' } };
export const SecondFactor: Story = { args: { step: 'second-factor' } };
export const ReadyToSignIn: Story = { args: { step: 'sign-in', hasMicrosoftAccount: true } };
export const SignInCancelled: Story = {
  args: { step: 'sign-in', auth: { status: 'error', failure: { code: 'user_cancelled' } } },
};
export const Done: Story = { args: { auth: { status: 'signed-in', account: CAMILLE } } };
