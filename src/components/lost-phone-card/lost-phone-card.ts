import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import { BtElement } from '../../internal/bt-element.js';
import { MinuteClock } from '../../internal/minute-clock.js';
import { warnOnce } from '../../internal/dev-warning.js';
import { getLocale } from '../../localization.js';
import { base, tokens } from '../../styles/tokens.js';
import { mailtoHref, safeHttpHref, telHref } from '../../contact/contact-links.js';
import { groupDays, openingStatus, parseOpeningHours, type WeeklySchedule } from '../../contact/opening-hours.js';
import {
  formatDayFromNow,
  formatRanges,
  formatTimeOfDay,
  formatWeekday,
  readerClockDiffers,
  timeZoneCity,
} from '../../contact/format-hours.js';
import { lostPhoneCardStyles } from './lost-phone-card.styles.js';

const HEADINGS = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };
type HeadingLevel = keyof typeof HEADINGS;

/**
 * What to do when the phone used for two-factor authentication is lost or stolen: contact
 * customer service at once, who remove the second-factor data and set up new methods with the
 * customer. Shows `tel:` and `mailto:` links, and whether the service is open now.
 *
 * Contact details that are missing or malformed are left out (never rendered as a broken link)
 * and reported in a console warning when Lit runs in development mode.
 *
 * @summary Lost or stolen phone: whom to contact and whether they are open now.
 *
 * @slot - Extra content shown after the contact details (a case reference, a note).
 *
 * @csspart base - The card.
 * @csspart title - The heading.
 * @csspart contact - The list of contact links.
 * @csspart phone - The `tel:` link.
 * @csspart email - The `mailto:` link.
 * @csspart link - The additional link.
 * @csspart status - "Open now" or "opens next" line.
 * @csspart hours - The weekly opening hours.
 *
 * @cssprop --bt-lost-phone-card-background - Card background (default: `--bt-color-surface`).
 * @cssprop --bt-lost-phone-card-border-color - Card border (default: `--bt-color-border`).
 * @cssprop --bt-lost-phone-card-accent-color - Leading accent border (default: `--bt-color-warning`).
 * @cssprop --bt-lost-phone-card-padding - Inner spacing (default: `--bt-space-medium`).
 */
export class BtLostPhoneCard extends BtElement {
  static override styles = [tokens, base, lostPhoneCardStyles];

  /** Customer service phone number, with the usual separators (`01 23 45 67 89`, `+33 1 23 45 67 89`). */
  @property() phone = '';

  /** Customer service email address. */
  @property() email = '';

  /**
   * Opening hours, e.g. `Mo-Fr 09:00-12:30,14:00-18:00; Sa 09:00-12:00` (days Mo–Su, 24-hour
   * times, `;` between rules). Without it, no open/closed status is shown.
   */
  @property() hours = '';

  /** IANA time zone the opening hours follow. */
  @property({ attribute: 'time-zone' }) timeZone = 'Europe/Paris';

  /** Optional further contact page (https). */
  @property() link = '';

  /** Text of the further contact link; a localized default when empty. */
  @property({ attribute: 'link-label' }) linkLabel = '';

  /** Short variant for sidebars: no explanation paragraph and no weekly hours. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Level of the card's heading (2 to 6), to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: HeadingLevel = 2;

  private readonly clock = new MinuteClock(this);
  private telHref?: string;
  private mailtoHref?: string;
  private linkHref?: string;
  private schedule?: WeeklySchedule;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('phone')) {
      this.telHref = telHref(this.phone);
      if (this.phone && !this.telHref) this.warn('ignores `phone`: it is not a phone number.');
    }
    if (changed.has('email')) {
      this.mailtoHref = mailtoHref(this.email);
      if (this.email && !this.mailtoHref) this.warn('ignores `email`: it is not a plain email address.');
    }
    if (changed.has('link')) {
      this.linkHref = safeHttpHref(this.link, document.baseURI);
      if (this.link && !this.linkHref) this.warn('ignores `link`: only https URLs are allowed.');
    }
    if (changed.has('hours') || changed.has('timeZone')) this.schedule = this.parseHours();
    if (!this.telHref && !this.mailtoHref && !this.linkHref) {
      this.warn('has no valid `phone`, `email` or `link`: it can only give general advice.');
    }
  }

  private parseHours(): WeeklySchedule | undefined {
    if (!this.hours) return undefined;
    if (!isTimeZone(this.timeZone)) {
      this.warn('ignores `hours`: `time-zone` is not an IANA time zone.');
      return undefined;
    }
    const parsed = parseOpeningHours(this.hours);
    if (!parsed.ok) this.warn(`ignores \`hours\`: it ${parsed.reason}.`);
    return parsed.ok ? parsed.schedule : undefined;
  }

  private warn(message: string) {
    warnOnce(this.localName, message);
  }

  override render() {
    const heading = HEADINGS[this.headingLevel] ?? HEADINGS[2];
    return html`
      <section part="base" aria-labelledby="title">
        ${staticHtml`<${heading} id="title" part="title">${msg('Téléphone perdu ou volé ?')}</${heading}>`}
        <p>${msg('Contactez au plus vite le service client.')}</p>
        ${this.compact
          ? nothing
          : html`<p>
              ${msg(
                'Il supprimera les données liées à votre double authentification, puis en paramétrera de nouvelles avec vous. Ainsi, même une personne qui connaîtrait votre mot de passe et détiendrait votre téléphone ne pourrait pas aller plus loin.',
              )}
            </p>`}
        ${this.renderContact()} ${this.renderStatus()} ${this.compact ? nothing : this.renderHours()}
        <slot></slot>
      </section>
    `;
  }

  private renderContact() {
    if (!this.telHref && !this.mailtoHref && !this.linkHref) {
      return html`<p>${msg('Adressez-vous à votre interlocuteur habituel chez Baker Tilly.')}</p>`;
    }
    return html`
      <ul part="contact" class="contact">
        ${this.telHref
          ? html`<li>
              <span class="label">${msg('Téléphone :')}</span><a part="phone" href=${this.telHref}>${this.phone.trim()}</a>
            </li>`
          : nothing}
        ${this.mailtoHref
          ? html`<li>
              <span class="label">${msg('E-mail :')}</span><a part="email" href=${this.mailtoHref}>${this.email.trim()}</a>
            </li>`
          : nothing}
        ${this.linkHref
          ? html`<li><a part="link" href=${this.linkHref}>${this.linkLabel || msg('Autres moyens de nous contacter')}</a></li>`
          : nothing}
      </ul>
    `;
  }

  private renderStatus() {
    if (!this.schedule) return nothing;
    const locale = getLocale();
    const now = this.clock.now();
    const status = openingStatus(this.schedule, now, this.timeZone);
    const zoneNote = readerClockDiffers(this.timeZone, now)
      ? html` <span class="zone">${msg(str`(heure de ${timeZoneCity(this.timeZone)})`)}</span>`
      : nothing;
    let text: string;
    switch (status.kind) {
      case 'open':
        text = msg(str`Ouvert en ce moment, jusqu’à ${formatTimeOfDay(status.closesAt, locale)}`);
        break;
      case 'closed':
        text = msg(
          str`Fermé en ce moment. Réouverture ${formatDayFromNow(status.opensInDays, status.weekday, locale)} à ${formatTimeOfDay(status.opensAt, locale)}`,
        );
        break;
      case 'never-open':
        return nothing;
    }
    return html`<p part="status" data-status=${status.kind}>
      <span class="dot" aria-hidden="true"></span><span>${text}${zoneNote}</span>
    </p>`;
  }

  private renderHours() {
    if (!this.schedule) return nothing;
    const locale = getLocale();
    return html`
      <dl part="hours" aria-label=${msg('Horaires d’ouverture')}>
        ${groupDays(this.schedule).map(
          ({ first, last, ranges }) => html`
            <dt>
              ${first === last
                ? formatWeekday(first, locale)
                : `${formatWeekday(first, locale)} – ${formatWeekday(last, locale)}`}${msg(' :')}
            </dt>
            <dd>${formatRanges(ranges, locale)}</dd>
          `,
        )}
      </dl>
    `;
  }
}

function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
