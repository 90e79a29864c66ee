import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

interface Args {
  minLength?: number;
  requires?: string;
  loginHost?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Password hint',
  component: 'bt-password-hint',
  render: ({ minLength, requires, loginHost }) =>
    html`<bt-password-hint
      min-length=${ifDefined(minLength)}
      requires=${ifDefined(requires)}
      login-host=${ifDefined(loginHost)}
    ></bt-password-hint>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithRequirements: Story = { args: { minLength: 12, requires: 'lowercase uppercase digit symbol' } };
export const ExternalId: Story = { args: { loginHost: 'bakertillyclients.ciamlogin.com' } };
