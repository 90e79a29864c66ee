import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { BtPasswordHint } from '../src/components/password-hint/password-hint.js';
import { controlled } from './support/controls.js';

type Args = Partial<Pick<BtPasswordHint, 'minLength' | 'requires' | 'loginHost' | 'headingLevel' | 'noHeading'>>;

const meta: Meta<Args> = {
  title: 'Elements/Password hint',
  component: 'bt-password-hint',
  render: (args) => html`<bt-password-hint ${controlled(args)}></bt-password-hint>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithRequirements: Story = { args: { minLength: 12, requires: 'lowercase uppercase digit symbol' } };
export const ExternalId: Story = { name: 'External ID', args: { loginHost: 'bakertillyclients.ciamlogin.com' } };
