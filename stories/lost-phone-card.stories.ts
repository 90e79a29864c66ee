import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BtLostPhoneCard } from '../src/components/lost-phone-card/lost-phone-card.js';
import { hoursOpeningTomorrow, hoursOpenNow } from './support/paris-hours.js';

type Args = Partial<
  Pick<BtLostPhoneCard, 'phone' | 'email' | 'hours' | 'link' | 'linkLabel' | 'compact' | 'headingLevel'>
>;

const meta: Meta<Args> = {
  title: 'Elements/Lost-phone card',
  component: 'bt-lost-phone-card',
  args: {
    phone: '01 23 45 67 89',
    email: 'service.client@bakertilly.fr',
    link: 'https://www.bakertilly.fr/contact',
    compact: false,
  },
  render: (args) => html`
    <bt-lost-phone-card
      phone=${ifDefined(args.phone)}
      email=${ifDefined(args.email)}
      hours=${ifDefined(args.hours)}
      link=${ifDefined(args.link)}
      link-label=${ifDefined(args.linkLabel)}
      heading-level=${ifDefined(args.headingLevel)}
      ?compact=${args.compact}
    ></bt-lost-phone-card>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Customer service is open right now (the hours are computed around the current Paris time). */
export const OpenNow: Story = { args: { hours: hoursOpenNow() } };

/** Closed today: the card says when the service reopens. */
export const ClosedUntilTomorrow: Story = { args: { hours: hoursOpeningTomorrow() } };

/** No opening hours configured: no status line. */
export const WithoutHours: Story = {};

/** The sidebar variant. */
export const Compact: Story = { args: { compact: true, hours: hoursOpenNow() } };

/** Phone number only. */
export const PhoneOnly: Story = { args: { email: undefined, link: undefined } };

/** A custom link text and a level-3 heading, to fit a page that already has h2 sections. */
export const CustomLinkAndHeading: Story = { args: { linkLabel: 'Formulaire de contact', headingLevel: 3 } };

/** Malformed email and link: they are left out (see the console warnings), the phone remains. */
export const MalformedDetails: Story = {
  args: { email: 'service-client(at)bakertilly', link: 'javascript:alert(1)', hours: 'weekdays 9-18' },
};

/** No usable contact detail at all: general advice instead of broken links. */
export const NoUsableContact: Story = { args: { phone: 'n/a', email: undefined, link: undefined } };
