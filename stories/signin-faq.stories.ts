import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { Task } from '@lit/task';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import type { BtSigninFaq } from '../src/components/signin-faq/signin-faq.js';
import { controlled } from './support/controls.js';

type Args = Partial<Pick<BtSigninFaq, 'topic' | 'headingLevel' | 'noSearch' | 'phone'>>;

/**
 * Stories only: the questions never arrive (`pending`) or fail to load (`failed`). The help
 * centre loads its questions once per page for every instance; this swaps the loading task of one
 * element before it connects, so that one story shows the state without slowing the others.
 */
class QuestionsThatNeverCome extends Directive {
  private done = false;
  render(_outcome: 'pending' | 'failed') {
    return nothing;
  }
  override update(part: ElementPart, [outcome]: ['pending' | 'failed']) {
    if (this.done) return nothing;
    this.done = true;
    const element = part.element as BtSigninFaq;
    const task = new Task(element, {
      task: () => (outcome === 'pending' ? new Promise<never>(() => undefined) : Promise.reject(new Error('offline'))),
      args: () => [],
    });
    Object.assign(element, { faq: task });
    return nothing;
  }
}
const questions = directive(QuestionsThatNeverCome);

const meta: Meta<Args> = {
  title: 'Elements/Help centre (FAQ)',
  component: 'bt-signin-faq',
  args: { phone: '01 23 45 67 89' },
  render: (args) => html`<bt-signin-faq ${controlled(args)}></bt-signin-faq>`,
};
export default meta;

type Story = StoryObj<Args>;

export const AllQuestions: Story = {};
export const PhoneQuestions: Story = { args: { topic: 'phone', noSearch: true } };
export const AccountQuestions: Story = { args: { topic: 'account', noSearch: true } };

/** The questions are loading (they load when the help is first shown). */
export const Loading: Story = {
  render: (args) => html`<bt-signin-faq ${questions('pending')} ${controlled(args)}></bt-signin-faq>`,
};
/** The questions could not be loaded (offline, a failed deployment). */
export const LoadingFailed: Story = {
  render: (args) => html`<bt-signin-faq ${questions('failed')} ${controlled(args)}></bt-signin-faq>`,
};

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
const afterPlay = { docs: { story: { autoplay: true } } };

/** Searching without accents, as customers type: the words found are highlighted. */
export const Searching: Story = { parameters: afterPlay, play: typeIn({ fr: 'telephone perdu', en: 'lost phone' }) };

/** The lost-phone answer, open: its text, then the button that calls customer service (`phone`). */
export const LostPhoneAnswer: Story = {
  args: { topic: 'phone', noSearch: true },
  parameters: afterPlay,
  play: async ({ canvasElement }) => {
    const faq = canvasElement.querySelector('bt-signin-faq')!;
    let answer: HTMLDetailsElement | null = null;
    for (let i = 0; i < 100 && !answer; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      answer = faq.shadowRoot!.querySelector<HTMLDetailsElement>('#faq-lost-phone');
    }
    if (answer) answer.open = true;
  },
};

/** A whole sentence, in the customer's words: the best answer comes first. */
export const SearchingInASentence: Story = {
  parameters: afterPlay,
  play: typeIn({
    fr: 'Mon lien a expiré, comment en avoir un nouveau ?',
    en: 'My activation link has expired, what do I do?',
  }),
};

/** Nothing matches: the help centre says so and how to reach customer service. */
export const NoResults: Story = {
  parameters: afterPlay,
  play: typeIn({ fr: 'xylophone quantique', en: 'quantum xylophone' }),
};
