import { html, nothing } from 'lit';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import { BtElement } from '../../internal/bt-element.js';
import { MinuteClock } from '../../internal/minute-clock.js';
import { warnOnce } from '../../internal/dev-warning.js';
import { getDateStyle } from '../../localization.js';
import { base, tokens } from '../../styles/tokens.js';
import { mailtoHref, safeHttpHref, telHref } from '../../contact/contact-links.js';
import { openingStatus, parseOpeningHours, type WeeklySchedule } from '../../contact/opening-hours.js';
import { formatDayFromNow, formatTimeOfDay } from '../../contact/format-hours.js';
import { readerClockDiffersFromParis } from '../../contact/paris-time.js';
import { closedReason, parseClosures, type Closures } from '../../contact/closed-days.js';
import { lostPhoneCardStyles } from './lost-phone-card.styles.js';

// Customer service works on French time, whatever the reader's time zone.

const HEADINGS = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };
/** The heading levels `heading-level` accepts on `<bt-lost-phone-card>`. */
export type LostPhoneCardHeadingLevel = keyof typeof HEADINGS;

/**
 * What to do when the phone used for two-factor authentication is lost or stolen: contact
 * customer service at once, who remove the two-factor authentication data and set up new methods
 * with the customer. Shows `tel:` and `mailto:` links, and whether the service is open now.
 *
 * With `purpose="contact"`, the same contact details as a neutral card headed « Contacter le
 * service client », without the warning accent: for problems only customer service can solve (an
 * account disabled, a page not configured), in `<bt-signin-button>`'s `support` slot.
 *
 * Contact details that are missing or malformed are left out (never rendered as a broken link)
 * and reported in a console warning by the development build.
 *
 * @summary Lost or stolen phone: whom to contact and whether they are open now.
 *
 * @slot - Extra content shown after the contact details (a case reference, a note).
 *
 * @csspart base - The card.
 * @csspart title - The heading (absent with `no-heading`).
 * @csspart contact - The list of contact links.
 * @csspart phone - The `tel:` link.
 * @csspart email - The `mailto:` link.
 * @csspart link - The additional link.
 * @csspart status - "Open now" or "opens next" line.
 *
 * @cssprop --bt-lost-phone-card-background - Card background (default: `--bt-color-surface`).
 * @cssprop --bt-lost-phone-card-border-color - Card border (default: `--bt-color-border`).
 * @cssprop --bt-lost-phone-card-accent-color - Leading accent border (default: `--bt-color-warning`; none with `purpose="contact"`).
 * @cssprop --bt-lost-phone-card-padding - Inner spacing (default: `--bt-space-medium`).
 */
export class BtLostPhoneCard extends BtElement {
  static override styles = [tokens, base, lostPhoneCardStyles];

  // Declared without decorators: the decorator helper would cost every page a few hundred bytes.
  static override properties = {
    phone: {},
    email: {},
    hours: {},
    closures: {},
    link: {},
    linkLabel: { attribute: 'link-label' },
    compact: { type: Boolean, reflect: true },
    purpose: { reflect: true },
    noHeading: { type: Boolean, attribute: 'no-heading' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Customer service phone number, with the usual separators (`01 23 45 67 89`, `+33 1 23 45 67 89`). */
  phone = '';

  /** Customer service email address. */
  email = '';

  /**
   * Opening hours on Paris time, e.g. `Mo-Fr 09:00-12:30,14:00-18:00; Sa 09:00-12:00` (days
   * Mo–Su, 24-hour times, `;` between rules). Without it, no open/closed status is shown.
   */
  hours = '';

  /**
   * The firm's own closures, on top of French public holidays (which always close the service):
   * dates `YYYY-MM-DD` and inclusive ranges `YYYY-MM-DD/YYYY-MM-DD`, separated by commas or
   * spaces, e.g. `2026-12-24, 2026-12-31/2027-01-02`. The status then says « Fermé aujourd’hui
   * (fermeture exceptionnelle) » and when the service reopens.
   */
  closures = '';

  /** Optional further contact page (https). */
  link = '';

  /** Text of the further contact link; a localized default when empty. */
  linkLabel = '';

  /** Short variant for sidebars: without the paragraph on what customer service will do. */
  compact = false;

  /**
   * What the card is for: `lost-phone` (the default) asks « Téléphone perdu ou volé ? » with a
   * warning accent; `contact` is a neutral « Contacter le service client » card with the contact
   * details and opening hours only.
   */
  purpose: 'lost-phone' | 'contact' = 'lost-phone';

  /**
   * Leaves out the card's heading, for a card placed under a heading or summary that already
   * asks « Téléphone perdu ou volé ? » (`<bt-mfa-method-chooser>` sets it on a card in its
   * `lost-phone` slot).
   */
  noHeading = false;

  /** Level of the card's heading (2 to 6), to fit the host page's outline. */
  headingLevel: LostPhoneCardHeadingLevel = 2;

  private readonly clock = new MinuteClock(this);
  private telHref?: string;
  private mailtoHref?: string;
  private linkHref?: string;
  private schedule?: WeeklySchedule;
  private closed?: Closures;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('phone')) {
      this.telHref = telHref(this.phone);
      if (import.meta.env.DEV && this.phone && !this.telHref) warnIgnored(this, 'phone');
    }
    if (changed.has('email')) {
      this.mailtoHref = mailtoHref(this.email);
      if (import.meta.env.DEV && this.email && !this.mailtoHref) warnIgnored(this, 'email');
    }
    if (changed.has('link')) {
      this.linkHref = safeHttpHref(this.link, document.baseURI);
      if (import.meta.env.DEV && this.link && !this.linkHref) warnIgnored(this, 'link');
    }
    if (changed.has('hours')) this.schedule = this.parseHours();
    if (changed.has('closures')) {
      this.closed = parseClosures(this.closures);
      if (import.meta.env.DEV && !this.closed) warnIgnored(this, 'closures');
    }
    if (import.meta.env.DEV && !this.telHref && !this.mailtoHref && !this.linkHref) {
      warnOnce(this.localName, 'has no valid `phone`, `email` or `link`: it only gives general advice.');
    }
  }

  private parseHours(): WeeklySchedule | undefined {
    if (!this.hours) return undefined;
    const parsed = parseOpeningHours(this.hours);
    if (import.meta.env.DEV && !parsed.ok) warnIgnored(this, 'hours', parsed.reason);
    return parsed.ok ? parsed.schedule : undefined;
  }

  override render() {
    const heading = HEADINGS[this.headingLevel] ?? HEADINGS[2];
    const contact = this.purpose === 'contact';
    const title = contact ? msg('Contacter le service client') : msg('Téléphone perdu ou volé ?');
    return html`
      <div
        part="base"
        role="group"
        aria-labelledby=${this.noHeading ? nothing : 'title'}
        aria-label=${this.noHeading ? title : nothing}
      >
        ${this.noHeading ? nothing : staticHtml`<${heading} id="title" part="title">${title}</${heading}>`}
        ${contact ? nothing : html`<p>${msg('Contactez au plus vite le service client.')}</p>`}
        ${
          this.compact || contact
            ? nothing
            : html`<p>
                ${msg(
                  'Il supprimera les données liées à votre double authentification, puis en paramétrera de nouvelles avec vous. Ainsi, même une personne qui connaîtrait votre mot de passe et détiendrait votre téléphone ne pourrait pas aller plus loin.',
                )}
              </p>`
        }
        ${this.renderContact()} ${this.renderStatus()}
        <slot></slot>
      </div>
    `;
  }

  private renderContact() {
    if (!this.telHref && !this.mailtoHref && !this.linkHref) {
      return html`<p>${msg('Adressez-vous à votre interlocuteur habituel chez Baker Tilly.')}</p>`;
    }
    return html`
      <ul part="contact" class="contact">
        ${this.telHref ? contactItem(msg('Téléphone :'), 'phone', this.telHref, this.phone.trim()) : nothing}
        ${this.mailtoHref ? contactItem(msg('E-mail :'), 'email', this.mailtoHref, this.email.trim()) : nothing}
        ${
          this.linkHref
            ? contactItem('', 'link', this.linkHref, this.linkLabel || msg('Autres moyens de nous contacter'))
            : nothing
        }
      </ul>
    `;
  }

  private renderStatus() {
    if (!this.schedule) return nothing;
    const locale = getDateStyle();
    const now = this.clock.now();
    const status = openingStatus(this.schedule, now, (day) => closedReason(day, this.closed));
    const zoneNote = readerClockDiffersFromParis(now)
      ? html` <span class="zone">${msg('(heure de Paris)')}</span>`
      : nothing;
    let text: string;
    switch (status.kind) {
      case 'open':
        text = msg(str`Ouvert en ce moment, jusqu’à ${formatTimeOfDay(status.closesAt, locale)}`);
        break;
      case 'closed': {
        const day = formatDayFromNow(status.opensInDays, status.weekday, status.day);
        const time = formatTimeOfDay(status.opensAt, locale);
        text = status.reason
          ? msg(
              str`Fermé aujourd’hui (${status.reason === 'holiday' ? msg('jour férié') : msg('fermeture exceptionnelle')}). Réouverture ${day} à ${time}`,
            )
          : msg(str`Fermé en ce moment. Réouverture ${day} à ${time}`);
        break;
      }
      case 'never-open':
        return nothing;
    }
    return html`<p part="status" data-status=${status.kind}>
      <span class="dot" aria-hidden="true"></span><span>${text}${zoneNote}</span>
    </p>`;
  }
}

function contactItem(label: string, part: string, href: string, text: string) {
  return html`<li>
    ${label ? html`<span class="label">${label}</span>` : nothing}<a part=${part} href=${href}>${text}</a>
  </li>`;
}

function warnIgnored(element: HTMLElement, attribute: string, reason = 'is not valid') {
  warnOnce(element.localName, `ignores \`${attribute}\`: the value ${reason} (see the attribute's documentation).`);
}
