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

/** Types `query` (French or English, as the story's locale) into the search field, once it shows. */
function typeIn(query: { fr: string; en: string }): Story['play'] {
  return async ({ canvasElement, globals }) => {
    const faq = canvasElement.querySelector('bt-signin-faq')!;
    // The questions load on demand: wait for the search field.
    let input: HTMLInputElement | null = null;
    for (let i = 0; i < 100 && !input; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      input = faq.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]');
    }
    if (!input) return;
    input.value = globals.locale === 'en' ? query.en : query.fr;
    input.dispatchEvent(new Event('input'));
  };
}

/** Searching without accents, as customers type. */
export const Searching: Story = { play: typeIn({ fr: 'telephone perdu', en: 'lost phone' }) };

/** A whole sentence, in the customer's words: the best answer comes first. */
export const SearchingInASentence: Story = {
  play: typeIn({
    fr: 'Mon lien a expiré, comment en avoir un nouveau ?',
    en: 'My activation link has expired, what do I do?',
  }),
};
