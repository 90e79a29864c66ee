import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AuthState } from '../src/auth/types.js';
import { CAMILLE, FakeAuthClient } from '../src/testing/fake-auth-client.js';

interface Args {
  state: AuthState;
}

/**
 * Each story gives the button its own fake auth client through `<bt-auth-provider .client>`, so
 * that no story needs Microsoft or the network. In "Signed out", clicking signs in after a second.
 */
const meta: Meta<Args> = {
  title: 'Elements/Sign-in button',
  component: 'bt-signin-button',
  render: ({ state }) => {
    const client = new FakeAuthClient(state);
    const signIn = client.signIn.bind(client);
    client.signIn = (options) => {
      setTimeout(() => client.completeSignIn(), 1000);
      return signIn(options);
    };
    return html`<bt-auth-provider .client=${client}>
      <bt-signin-button>
        <bt-lost-phone-card slot="support" compact heading-level="3" phone="01 23 45 67 89"></bt-lost-phone-card>
      </bt-signin-button>
    </bt-auth-provider>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const SignedOut: Story = { args: { state: { status: 'signed-out' } } };
export const CheckingSession: Story = { args: { state: { status: 'initializing' } } };
export const SigningIn: Story = { args: { state: { status: 'interacting' } } };
export const SignedIn: Story = { args: { state: { status: 'signed-in', account: CAMILLE } } };

/** The account menu, opened as a customer would. */
export const AccountMenuOpen: Story = {
  args: SignedIn.args,
  play: async ({ canvasElement }) => {
    const button = canvasElement.querySelector('bt-signin-button')!;
    await button.updateComplete;
    button.shadowRoot!.querySelector<HTMLElement>('[part~="account"]')!.click();
  },
};
export const Cancelled: Story = { args: { state: { status: 'error', failure: { code: 'user_cancelled' } } } };
export const PopupBlocked: Story = { args: { state: { status: 'error', failure: { code: 'popup_window_error' } } } };
export const SessionExpired: Story = { args: { state: { status: 'error', failure: { code: 'login_required' } } } };
/** The provider ended a session the page held (refresh token expired or revoked): signing in again keeps the page. */
export const SessionEnded: Story = { args: { state: { status: 'error', failure: { code: 'session_ended' } } } };
export const SecondFactorRequired: Story = {
  args: { state: { status: 'error', failure: { code: 'invalid_grant', aadsts: '50076' } } },
};
export const NotActivatedYet: Story = {
  args: { state: { status: 'error', failure: { code: 'invalid_grant', aadsts: '90072' } } },
};
export const AccountDisabled: Story = {
  args: { state: { status: 'error', failure: { code: 'invalid_grant', aadsts: '50057' } } },
};
export const NoNetwork: Story = { args: { state: { status: 'error', failure: { code: 'no_network_connectivity' } } } };
export const UnexpectedError: Story = {
  args: { state: { status: 'error', failure: { code: 'some_new_code', correlationId: 'b1e2-77aa' } } },
};
export const NotConfigured: Story = { args: { state: { status: 'error', failure: { code: 'not_configured' } } } };
