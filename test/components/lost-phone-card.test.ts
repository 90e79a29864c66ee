import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/lost-phone-card/define.js';
import type { BtLostPhoneCard } from '../../src/components/lost-phone-card/lost-phone-card.js';
import { setLocale } from '../../src/localization.js';
import { warnings } from '../helpers/lit-warnings.js';
import { freezeTime, useFakeClock } from '../helpers/clock.js';
import { part, textOf } from '../helpers/shadow.js';

const NBSP = '\u00a0';
const HOURS = 'Mo-Fr 09:00-12:30,14:00-18:00; Sa 09:00-12:00';
// Tuesday 2026-01-13 at 10:00 in Paris (UTC+1).
const TUESDAY_MORNING = '2026-01-13T09:00:00Z';
// Saturday 2026-01-17 at 15:00 in Paris.
const SATURDAY_AFTERNOON = '2026-01-17T14:00:00Z';

let unfreeze: () => void = () => undefined;
afterEach(() => unfreeze());

async function card(
  template = html`<bt-lost-phone-card
    phone="01 23 45 67 89"
    email="service.client@bakertilly.fr"
    hours=${HOURS}
    link="https://www.bakertilly.fr/contact"
  ></bt-lost-phone-card>`,
) {
  return fixture<BtLostPhoneCard>(template);
}

for (const locale of ['fr', 'en'] as const) {
  describe(`<bt-lost-phone-card> in ${locale}`, () => {
    before(() => setLocale(locale));
    after(() => setLocale('fr'));

    it('renders the FAQ advice with every contact link and is accessible', async () => {
      unfreeze = freezeTime(TUESDAY_MORNING);
      const el = await card();
      const text = textOf(el.shadowRoot);
      if (locale === 'fr') {
        expect(part(el, 'title')!.textContent).to.equal(`Téléphone perdu ou volé${NBSP}?`);
        expect(text).to.contain('Contactez au plus vite le service client.');
        expect(text).to.contain('supprimera les données liées à votre double authentification');
        expect(text).to.contain('ne pourrait pas aller plus loin');
      } else {
        expect(part(el, 'title')!.textContent).to.equal('Lost or stolen phone?');
        expect(text).to.contain('Contact customer service as soon as possible.');
        expect(text).to.contain('delete the data linked to your two-factor authentication');
        expect(text).to.contain('could go no further');
      }
      expect(part<HTMLAnchorElement>(el, 'phone')!.getAttribute('href')).to.equal('tel:0123456789');
      expect(part(el, 'phone')!.textContent).to.equal('01 23 45 67 89');
      expect(part<HTMLAnchorElement>(el, 'email')!.getAttribute('href')).to.equal(
        'mailto:service.client@bakertilly.fr',
      );
      expect(part<HTMLAnchorElement>(el, 'link')!.getAttribute('href')).to.equal('https://www.bakertilly.fr/contact');
      expect(warnings).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('says the service is open now and until when', async () => {
      unfreeze = freezeTime(TUESDAY_MORNING);
      const el = await card();
      const status = part(el, 'status')!;
      expect(status.dataset.status).to.equal('open');
      expect(textOf(status)).to.match(
        locale === 'fr'
          ? /^Ouvert en ce moment, jusqu’à 12 h 30 \(heure de Paris\)$/
          : /^Open now, until 12:30\u00a0PM \(Paris time\)$/,
      );
      await expect(el).to.be.accessible();
    });

    it('says when a closed service opens next', async () => {
      unfreeze = freezeTime(SATURDAY_AFTERNOON);
      const el = await card();
      const status = part(el, 'status')!;
      expect(status.dataset.status).to.equal('closed');
      expect(textOf(status)).to.contain(
        locale === 'fr' ? 'Fermé en ce moment. Réouverture lundi à 9 h' : 'Closed now. Opens Monday at 9:00\u00a0AM',
      );
      await expect(el).to.be.accessible();
    });

    it('says "tomorrow" for the next day', async () => {
      // Tuesday 19:00 in Paris.
      unfreeze = freezeTime('2026-01-13T18:00:00Z');
      const el = await card();
      expect(textOf(part(el, 'status'))).to.contain(
        locale === 'fr' ? 'Réouverture demain à 9 h' : 'Opens tomorrow at 9:00\u00a0AM',
      );
    });

    it('has a compact variant without the explanation paragraph', async () => {
      unfreeze = freezeTime(TUESDAY_MORNING);
      const el = await card();
      el.compact = true;
      await el.updateComplete;
      expect(el.hasAttribute('compact')).to.equal(true);
      expect(textOf(el.shadowRoot)).not.to.contain(locale === 'fr' ? 'supprimera' : 'delete the data');
      expect(part(el, 'phone')).to.exist;
      expect(part(el, 'status')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('gives general advice and warns when no contact detail is usable', async () => {
      const el = await card(html`<bt-lost-phone-card phone="n/a" email="nobody"></bt-lost-phone-card>`);
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(textOf(el.shadowRoot)).to.contain(
        locale === 'fr'
          ? 'Adressez-vous à votre interlocuteur habituel chez Baker Tilly.'
          : 'Contact your usual Baker Tilly adviser.',
      );
      expect(warnings.some((w) => w.includes('ignores `phone`'))).to.equal(true);
      expect(warnings.some((w) => w.includes('has no valid'))).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });
}

for (const locale of ['fr', 'en'] as const) {
  describe(`<bt-lost-phone-card purpose="contact"> in ${locale}`, () => {
    before(() => setLocale(locale));
    after(() => setLocale('fr'));

    it('is a neutral « Contacter le service client » card: contact details, no lost-phone advice, no warning accent', async () => {
      unfreeze = freezeTime(TUESDAY_MORNING);
      const el = await card(
        html`<bt-lost-phone-card purpose="contact" phone="01 23 45 67 89" hours=${HOURS}></bt-lost-phone-card>`,
      );
      expect(part(el, 'title')!.textContent).to.equal(
        locale === 'fr' ? 'Contacter le service client' : 'Contact customer service',
      );
      const text = textOf(el.shadowRoot);
      expect(text).not.to.contain(locale === 'fr' ? 'Téléphone perdu' : 'Lost or stolen');
      expect(text).not.to.contain(locale === 'fr' ? 'au plus vite' : 'as soon as possible');
      expect(text).not.to.contain(locale === 'fr' ? 'double authentification' : 'two-factor');
      expect(part(el, 'phone')).to.exist;
      expect(part(el, 'status')).to.exist;
      // The leading edge is the card's plain border, not the warning accent.
      const box = getComputedStyle(part(el, 'base')!);
      expect(box.borderInlineStartWidth).to.equal(box.borderTopWidth);
      expect(box.borderInlineStartColor).to.equal(box.borderTopColor);
      expect(part(el, 'base')!.getAttribute('aria-labelledby')).to.equal('title');
      await expect(el).to.be.accessible();
    });
  });
}

describe('<bt-lost-phone-card> configuration', () => {
  before(() => setLocale('fr'));

  it('asks « Téléphone perdu ou volé ? » with a warning accent by default, and reflects `purpose`', async () => {
    const el = await card(html`<bt-lost-phone-card phone="01 23 45 67 89"></bt-lost-phone-card>`);
    expect(el.purpose).to.equal('lost-phone');
    const accent = getComputedStyle(part(el, 'base')!).borderInlineStartWidth;
    expect(accent).to.equal('4px');
    el.purpose = 'contact';
    await el.updateComplete;
    expect(el.getAttribute('purpose')).to.equal('contact');
    expect(part(el, 'title')!.textContent).to.equal('Contacter le service client');
    expect(getComputedStyle(part(el, 'base')!).borderInlineStartWidth).to.equal('1px');
  });

  it('has documented defaults', async () => {
    const el = await card(html`<bt-lost-phone-card email="a@b.fr"></bt-lost-phone-card>`);
    expect(el.compact).to.equal(false);
    expect(el.headingLevel).to.equal(2);
    expect(el.phone).to.equal('');
    expect(el.hours).to.equal('');
    expect(part(el, 'title')!.localName).to.equal('h2');
    expect(part(el, 'status')).to.equal(null);
  });

  it('reads attributes and reflects compact', async () => {
    const el = await card(
      html`<bt-lost-phone-card
        compact
        heading-level="3"
        link="https://aide.example.fr/"
        link-label="Formulaire"
      ></bt-lost-phone-card>`,
    );
    expect(el.compact).to.equal(true);
    expect(part(el, 'title')!.localName).to.equal('h3');
    expect(part(el, 'link')!.textContent).to.equal('Formulaire');
    el.compact = false;
    await el.updateComplete;
    expect(el.hasAttribute('compact')).to.equal(false);
  });

  it('falls back to h2 for an out-of-range heading level', async () => {
    const el = await card(html`<bt-lost-phone-card heading-level="9" email="a@b.fr"></bt-lost-phone-card>`);
    expect(part(el, 'title')!.localName).to.equal('h2');
  });

  it('shows the valid details, leaves out the malformed ones and names them in a warning', async () => {
    const el = await card(
      html`<bt-lost-phone-card
        phone="01 23 45 67 89"
        email="service@bakertilly.fr?bcc=x@evil.fr"
        link="javascript:alert(1)"
        hours="weekdays 9-18"
      ></bt-lost-phone-card>`,
    );
    expect(part(el, 'phone')).to.exist;
    expect(part(el, 'email')).to.equal(null);
    expect(part(el, 'link')).to.equal(null);
    expect(part(el, 'status')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[href^="javascript"]')).to.equal(null);
    expect(warnings.filter((w) => w.startsWith('<bt-lost-phone-card>')).length).to.equal(3);
    for (const field of ['`email`', '`link`', '`hours`']) {
      expect(
        warnings.some((w) => w.includes(field)),
        field,
      ).to.equal(true);
    }
    // Warnings name the attribute, never its value.
    expect(warnings.join(' ')).not.to.contain('evil.fr');
    await expect(el).to.be.accessible();
  });

  it('updates when contact details change', async () => {
    const el = await card(html`<bt-lost-phone-card phone="01 23 45 67 89"></bt-lost-phone-card>`);
    el.phone = '+33 9 87 65 43 21';
    await el.updateComplete;
    expect(part(el, 'phone')!.getAttribute('href')).to.equal('tel:+33987654321');
    el.phone = '';
    el.email = 'aide@bakertilly.fr';
    await el.updateComplete;
    expect(part(el, 'phone')).to.equal(null);
    expect(part(el, 'email')).to.exist;
  });

  it('renders slotted content', async () => {
    const el = await card(html`<bt-lost-phone-card email="a@b.fr"><p>Référence : 42</p></bt-lost-phone-card>`);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Référence : 42');
  });

  it('takes keyboard focus on each link in reading order', async () => {
    const el = await card();
    const order: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(el.shadowRoot!.activeElement?.getAttribute('part') ?? null);
    }
    expect(order).to.deep.equal(['phone', 'email', 'link']);
  });

  it('updates the status at each new minute while connected, and stops when removed', async () => {
    // 09:59:59.990 in Paris on a Tuesday: the next minute is 10 ms away.
    const clock = useFakeClock('2026-01-13T08:59:59.990Z');
    unfreeze = () => clock.restore();
    const el = await card();
    let requests = 0;
    const requestUpdate = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<typeof requestUpdate>) => {
      requests++;
      requestUpdate(...args);
    };
    await clock.tick(9);
    expect(requests, 'before the minute').to.equal(0);
    await clock.tick(1);
    expect(requests, 'at the minute').to.equal(1);
    await clock.tick(60_000);
    expect(requests, 'a minute later').to.equal(2);
    el.remove();
    expect(clock.pending, 'timers left once removed').to.equal(0);
    await clock.tick(120_000);
    expect(requests).to.equal(2);
  });
});
