import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { BtMfaMethodChooser } from '../src/components/mfa-method-chooser/mfa-method-chooser.js';
import { controlled } from './support/controls.js';

type Args = Partial<
  Pick<BtMfaMethodChooser, 'methods' | 'value' | 'platform' | 'securityInfoUrl' | 'noHeading' | 'headingLevel'>
>;

const meta: Meta<Args> = {
  title: 'Elements/MFA method chooser',
  component: 'bt-mfa-method-chooser',
  args: { value: '', platform: 'desktop', methods: 'authenticator sms' },
  render: (args) =>
    html`<bt-mfa-method-chooser ${controlled(args)}>
      <bt-lost-phone-card slot="lost-phone" compact heading-level="3" phone="01 23 45 67 89"></bt-lost-phone-card>
    </bt-mfa-method-chooser>`,
};
export default meta;

type Story = StoryObj<Args>;

export const NothingChosen: Story = {};
export const AuthenticatorOnComputer: Story = { args: { value: 'authenticator' } };
export const AuthenticatorOnIphone: Story = {
  name: 'Authenticator on iPhone',
  args: { value: 'authenticator', platform: 'ios' },
};
export const AuthenticatorOnAndroid: Story = {
  name: 'Authenticator on Android',
  args: { value: 'authenticator', platform: 'android' },
};
export const Sms: Story = { name: 'SMS', args: { value: 'sms' } };
export const AuthenticatorOnly: Story = { args: { methods: 'authenticator' } };
