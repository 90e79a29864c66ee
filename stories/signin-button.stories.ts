import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { AuthState } from '../src/auth/types.js';
import type { BtSigninButton } from '../src/components/signin-button/signin-button.js';
import { CAMILLE, FakeAuthClient } from '../src/testing/fake-auth-client.js';
import { controlled } from './support/controls.js';

/** The states of the sign-in a story can start from, by name (the "state" control). */
const STATES = {
  'signed-out': { status: 'signed-out' },
  'checking-session': { status: 'initializing' },
  'signing-in': { status: 'interacting' },
  'signed-in': { status: 'signed-in', account: CAMILLE },
  'signed-in-long-name': {
    status: 'signed-in',
    account: {
      id: 'marie-christine',
      name: 'Marie-Christine de La Rochefoucauld-Montmorency',
      username: 'marie-christine.de-la-rochefoucauld@cabinet-durand-associes.fr',
    },
  },
  cancelled: { status: 'error', failure: { code: 'user_cancelled' } },
  'popup-blocked': { status: 'error', failure: { code: 'popup_window_error' } },
  'session-expired': { status: 'error', failure: { code: 'login_required' } },
  'session-ended': { status: 'error', failure: { code: 'session_ended' } },
  'second-factor-required': { status: 'error', failure: { code: 'invalid_grant', aadsts: '50076' } },
  'not-activated-yet': { status: 'error', failure: { code: 'invalid_grant', aadsts: '90072' } },
  'account-disabled': { status: 'error', failure: { code: 'invalid_grant', aadsts: '50057' } },
  'no-network': { status: 'error', failure: { code: 'no_network_connectivity' } },
  'unexpected-error': { status: 'error', failure: { code: 'some_new_code', correlationId: 'b1e2-77aa' } },
  'not-configured': { status: 'error', failure: { code: 'not_configured' } },
} satisfies Record<string, AuthState>;

type Args = Partial<Pick<BtSigninButton, 'loginHint' | 'returnUrl' | 'interaction' | 'menuAlign' | 'compact'>> & {
  /** The state of the (fake) sign-in the button starts from. */
  state: keyof typeof STATES;
  /** How a sign-in started from the story ends: signed in, or this failure. */
  signInFails?: 'user_cancelled' | 'popup_window_error' | 'no_network_connectivity';
};

// Each story gives the button its own fake auth client through `<bt-auth-provider .client>`, so
// that no story needs Microsoft or the network. In "Signed out", clicking signs in after a second.
const meta: Meta<Args> = {
  title: 'Elements/Sign-in button',
  component: 'bt-signin-button',
  args: { state: 'signed-out' },
  argTypes: {
    state: {
      description: 'The state of the sign-in the story starts from (a fake auth client; not an attribute).',
      control: 'select',
      options: Object.keys(STATES),
      table: { category: 'story' },
    },
    signInFails: {
      description: 'How a sign-in started from the story ends: signed in (none) or this failure (not an attribute).',
      control: 'select',
      options: [undefined, 'user_cancelled', 'popup_window_error', 'no_network_connectivity'],
      table: { category: 'story' },
    },
  },
  render: (args) => {
    // A new client (and button) for each state; the other controls change the button in place.
    const client = new FakeAuthClient(STATES[args.state]);
    const signIn = client.signIn.bind(client);
    client.signIn = (options) => {
      const fails = args.signInFails;
      setTimeout(() => (fails ? client.failSignIn({ code: fails }) : client.completeSignIn()), 1000);
      return signIn(options);
    };
    return html`${keyed(
      `${args.state} ${args.signInFails}`,
      html`<bt-auth-provider .client=${client}>
        <bt-signin-button ${controlled(args)}>
          <bt-lost-phone-card
            slot="support"
            purpose="contact"
            compact
            heading-level="3"
            phone="01 23 45 67 89"
          ></bt-lost-phone-card>
        </bt-signin-button>
      </bt-auth-provider>`,
    )}`;
  },
};
export default meta;

type Story = StoryObj<Args>;

const button = (canvas: HTMLElement) => canvas.querySelector('bt-signin-button')!;

export const SignedOut: Story = {};
export const CheckingSession: Story = { args: { state: 'checking-session' } };
export const SigningIn: Story = { args: { state: 'signing-in' } };
export const SignedIn: Story = { args: { state: 'signed-in' } };
/** A long name stays on one line, cut; the whole name is the button's name and title. */
export const LongAccountName: Story = { args: { state: 'signed-in-long-name' } };

/** `compact`: a round button for a narrow header, a person before sign-in. */
export const CompactSignedOut: Story = { args: { compact: true } };
/** `compact` once signed in: the initials; the menu opens as usual. */
export const CompactSignedIn: Story = { args: { state: 'signed-in', compact: true } };

/**
 * A sign-in that fails, as a customer meets it: the problem opens in a panel under the button
 * (a popover: the page does not move); Escape, the close button or a click elsewhere close it.
 */
export const SignInFails: Story = {
  args: { signInFails: 'popup_window_error' },
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    await button(canvasElement).updateComplete;
    button(canvasElement).shadowRoot!.querySelector<HTMLElement>('[part~="action"]')!.click();
    await new Promise<void>((resolve) => {
      const check = () =>
        button(canvasElement).shadowRoot!.querySelector('[part~="panel"]:popover-open')
          ? resolve()
          : setTimeout(check, 50);
      check();
    });
  },
};

/** The account menu, opened as a customer would. */
export const AccountMenuOpen: Story = {
  args: { state: 'signed-in' },
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    await button(canvasElement).updateComplete;
    button(canvasElement).shadowRoot!.querySelector<HTMLElement>('[part~="account"]')!.click();
  },
};

/** The menu opens towards the start of a header's right edge: `menu-align="end"`. */
export const AccountMenuAlignedEnd: Story = {
  args: { state: 'signed-in', menuAlign: 'end' },
  parameters: { docs: { story: { autoplay: true } } },
  play: AccountMenuOpen.play,
};

/** Another sign-in is under way (in a popup, another tab): a click says so and offers to start again. */
export const AlreadyInProgress: Story = {
  name: 'Already in progress',
  args: { state: 'signing-in' },
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    await button(canvasElement).updateComplete;
    button(canvasElement).shadowRoot!.querySelector<HTMLElement>('[part~="action"]')!.click();
  },
};

/**
 * The browser is offline: the button says so and waits. (The story tells the button the network
 * went away; it affects the whole page, so it is left out of the docs page.)
 */
export const Offline: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await button(canvasElement).updateComplete;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    dispatchEvent(new Event('offline'));
    // Only the elements that heard the event are offline; the page's navigator is left as it was.
    delete (navigator as unknown as Record<string, unknown>).onLine;
  },
};

export const Cancelled: Story = { args: { state: 'cancelled' } };
export const PopupBlocked: Story = { args: { state: 'popup-blocked' } };
export const SessionExpired: Story = { args: { state: 'session-expired' } };
/** The provider ended a session the page held (refresh token expired or revoked): signing in again keeps the page. */
export const SessionEnded: Story = { args: { state: 'session-ended' } };
export const SecondFactorRequired: Story = { args: { state: 'second-factor-required' } };
export const NotActivatedYet: Story = { args: { state: 'not-activated-yet' } };
export const AccountDisabled: Story = { args: { state: 'account-disabled' } };
export const NoNetwork: Story = { args: { state: 'no-network' } };
export const UnexpectedError: Story = { args: { state: 'unexpected-error' } };
export const NotConfigured: Story = { args: { state: 'not-configured' } };
