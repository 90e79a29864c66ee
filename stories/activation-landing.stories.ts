import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ActivationService } from '../src/activation/activation-service.js';
import type { ActivationLookup, RegenerationResult } from '../src/activation/lookup.js';
import type { AuthFailure } from '../src/auth/types.js';
import { FakeAuthClient } from '../src/testing/fake-auth-client.js';

interface Args {
  answer: ActivationLookup | 'pending';
  regeneration: RegenerationResult;
  /** How the Microsoft sign-in started from the landing ends, when it fails. */
  signInFailure?: AuthFailure;
}

const TOKEN = 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0U1v';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

/** Every story answers from a fake activation service and a fake auth client: no network. */
const meta: Meta<Args> = {
  title: 'Elements/Activation landing',
  component: 'bt-activation-landing',
  args: { regeneration: { kind: 'accepted' } },
  render: ({ answer, regeneration, signInFailure }) => {
    const client = new FakeAuthClient();
    const signIn = client.signIn.bind(client);
    client.signIn = (options) => {
      const outcome = signIn(options);
      if (signInFailure) client.failSignIn(signInFailure);
      return outcome;
    };
    const service: ActivationService = {
      lookup: () => (answer === 'pending' ? new Promise(() => undefined) : Promise.resolve(answer)),
      requestNewLink: () => new Promise((resolve) => setTimeout(() => resolve(regeneration), 600)),
    };
    return html`<bt-auth-provider .client=${client}>
      <bt-activation-landing .service=${service} .token=${TOKEN}>
        <bt-password-hint slot="hint" min-length="8"></bt-password-hint>
      </bt-activation-landing>
    </bt-auth-provider>`;
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
const valid = (days: number): ActivationLookup => ({
  kind: 'valid',
  maskedEmail: 'c••••••.m•••••@example.fr',
  expiresAt: inDays(days),
  loginHint: 'camille.martin@example.fr',
});

export const Checking: Story = { args: { answer: 'pending' } };
export const Valid: Story = { args: { answer: valid(24) } };
export const ExpiringSoon: Story = { args: { answer: valid(2) } };
export const Expired: Story = { args: { answer: { kind: 'expired', maskedEmail: 'c••••••.m•••••@example.fr' } } };
export const AlreadyUsed: Story = { args: { answer: { kind: 'used' } } };
export const Revoked: Story = { args: { answer: { kind: 'revoked' } } };
export const Malformed: Story = { args: { answer: { kind: 'malformed' } } };
export const ServiceUnreachable: Story = { args: { answer: { kind: 'unreachable' } } };
/** The customer asked for a new link too often: the form says how long to wait. */
export const RateLimited: Story = {
  args: { answer: { kind: 'expired' }, regeneration: { kind: 'rate-limited', retryAfterSeconds: 300 } },
  play: async ({ canvasElement }) => {
    const landing = await renderedLanding(canvasElement, 'form');
    landing.shadowRoot!.querySelector<HTMLInputElement>('input[type="email"]')!.value = 'camille.martin@example.fr';
    landing.shadowRoot!.querySelector('form')!.requestSubmit();
  },
};

/** The customer pressed Start, then closed Microsoft's window. */
export const SignInCancelled: Story = {
  args: { answer: valid(24), signInFailure: { code: 'user_cancelled' } },
  play: async ({ canvasElement }) => {
    const landing = await renderedLanding(canvasElement, '[part~="action"]');
    landing.shadowRoot!.querySelector<HTMLElement>('[part~="action"]')!.click();
  },
};
