import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { BtLostPhoneCard } from '../src/components/lost-phone-card/lost-phone-card.js';
import { controlled } from './support/controls.js';

type Args = Partial<
  Pick<
    BtLostPhoneCard,
    'phone' | 'email' | 'hours' | 'closures' | 'link' | 'linkLabel' | 'compact' | 'noHeading' | 'headingLevel'
  >
>;

// The stories run on a fixed clock (.storybook/fixed-clock.ts): Tuesday 17 November 2026, 10:30 in
// Paris. The opening hours below are written for that moment.
const OPEN_NOW = 'Mo-Fr 09:00-12:30,14:00-18:00';
const OPENING_TOMORROW = 'We-Fr 09:00-12:30,14:00-18:00';

const meta: Meta<Args> = {
  title: 'Elements/Lost-phone card',
  component: 'bt-lost-phone-card',
  args: {
    phone: '01 23 45 67 89',
    email: 'service.client@bakertilly.fr',
    link: 'https://www.bakertilly.fr/contact',
  },
  render: (args) => html`<bt-lost-phone-card ${controlled(args)}></bt-lost-phone-card>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Customer service is open right now (10:30 on a Tuesday, for the stories' fixed clock). */
export const OpenNow: Story = { args: { hours: OPEN_NOW } };

/** Closed today: the card says when the service reopens. */
export const ClosedUntilTomorrow: Story = { args: { hours: OPENING_TOMORROW } };

/** No opening hours configured: no status line. */
export const WithoutHours: Story = {};

/** The sidebar variant. */
export const Compact: Story = { args: { compact: true, hours: OPEN_NOW } };

/** Phone number only. */
export const PhoneOnly: Story = { args: { email: undefined, link: undefined } };

/** A custom link text and a level-3 heading, to fit a page that already has h2 sections. */
export const CustomLinkAndHeading: Story = { args: { linkLabel: 'Formulaire de contact', headingLevel: 3 } };

/** Extra content after the contact details, in the card's default slot. */
export const WithSlottedContent: Story = {
  args: { hours: OPEN_NOW },
  render: (args) =>
    html`<bt-lost-phone-card ${controlled(args)}>
      <p>Référence de votre dossier : <strong>BT-2026-0417</strong>. Donnez-la au conseiller.</p>
    </bt-lost-phone-card>`,
};

/** Malformed email and link: they are left out (see the console warnings), the phone remains. */
export const MalformedDetails: Story = {
  args: { email: 'service-client(at)bakertilly', link: 'javascript:alert(1)', hours: 'weekdays 9-18' },
};

/** No usable contact detail at all: general advice instead of broken links. */
export const NoUsableContact: Story = { args: { phone: 'n/a', email: undefined, link: undefined } };
