import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface Args {
  topic: string;
  noSearch: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/Help centre (FAQ)',
  component: 'bt-signin-faq',
  args: { topic: '', noSearch: false },
  render: ({ topic, noSearch }) => html`<bt-signin-faq topic=${topic} ?no-search=${noSearch}></bt-signin-faq>`,
};
export default meta;

type Story = StoryObj<Args>;

export const AllQuestions: Story = {};
export const PhoneQuestions: Story = { args: { topic: 'phone', noSearch: true } };
export const AccountQuestions: Story = { args: { topic: 'account', noSearch: true } };

/** Searching without accents, as customers type. */
export const Searching: Story = {
  play: async ({ canvasElement, globals }) => {
    const faq = canvasElement.querySelector('bt-signin-faq')!;
    // The questions load on demand: wait for the search field.
    let input: HTMLInputElement | null = null;
    for (let i = 0; i < 100 && !input; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      input = faq.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]');
    }
    if (!input) return;
    input.value = globals.locale === 'en' ? 'lost phone' : 'telephone perdu';
    input.dispatchEvent(new Event('input'));
  },
};
