import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface Args {
  value: '' | 'authenticator' | 'sms';
  platform: 'desktop' | 'ios' | 'android';
  methods: string;
}

const meta: Meta<Args> = {
  title: 'Elements/MFA method chooser',
  component: 'bt-mfa-method-chooser',
  args: { value: '', platform: 'desktop', methods: 'authenticator sms' },
  render: ({ value, platform, methods }) =>
    html`<bt-mfa-method-chooser .value=${value} platform=${platform} methods=${methods}>
      <bt-lost-phone-card slot="lost-phone" compact heading-level="3" phone="01 23 45 67 89"></bt-lost-phone-card>
    </bt-mfa-method-chooser>`,
};
export default meta;

type Story = StoryObj<Args>;

export const NothingChosen: Story = {};
export const AuthenticatorOnComputer: Story = { args: { value: 'authenticator' } };
export const AuthenticatorOnIphone: Story = { args: { value: 'authenticator', platform: 'ios' } };
export const AuthenticatorOnAndroid: Story = { args: { value: 'authenticator', platform: 'android' } };
export const Sms: Story = { args: { value: 'sms' } };
export const AuthenticatorOnly: Story = { args: { methods: 'authenticator' } };
