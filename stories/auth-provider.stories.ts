import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AuthClient } from '../src/auth/types.js';
import type { BtAuthProvider } from '../src/components/auth-provider/auth-provider.js';
import { CAMILLE, FakeAuthClient } from '../src/testing/fake-auth-client.js';
import { controlled } from './support/controls.js';

type Args = Partial<
  Pick<
    BtAuthProvider,
    | 'clientId'
    | 'authority'
    | 'redirectUri'
    | 'postLogoutRedirectUri'
    | 'knownAuthorities'
    | 'scopes'
    | 'interaction'
    | 'popupFallback'
    | 'protocolMode'
    | 'networkTimeout'
  >
> & { client?: AuthClient };

// The provider renders only its children: each story shows the elements inside it. Stories give
// it a fake client (`.client`) or no configuration at all: none of them reaches Microsoft.
const meta: Meta<Args> = {
  title: 'Elements/Auth provider',
  component: 'bt-auth-provider',
  render: (args) =>
    html`<bt-auth-provider ${controlled(args)}>
      <bt-signin-button></bt-signin-button>
      <bt-password-hint></bt-password-hint>
    </bt-auth-provider>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A client set as a property (`.client`), as tests and stories do: here, a customer signed in. */
export const WithAClient: Story = {
  name: 'With a client (signed in)',
  render: (args) =>
    html`<bt-auth-provider .client=${new FakeAuthClient({ status: 'signed-in', account: CAMILLE })} ${controlled(args)}>
      <bt-signin-button></bt-signin-button>
    </bt-auth-provider>`,
};

/** A client whose customer is signed out: the button offers to sign in. */
export const SignedOut: Story = {
  render: (args) =>
    html`<bt-auth-provider .client=${new FakeAuthClient()} ${controlled(args)}>
      <bt-signin-button></bt-signin-button>
    </bt-auth-provider>`,
};

/** No `client-id` yet: the elements inside say sign-in is unavailable (the console says why). */
export const NotConfigured: Story = {};
