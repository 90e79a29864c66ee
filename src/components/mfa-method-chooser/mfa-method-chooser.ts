import { html, nothing, svg } from 'lit';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { msg } from '@lit/localize';
import { Task } from '@lit/task';
import { BtElement } from '../../internal/bt-element.js';
import { warnOnce } from '../../internal/dev-warning.js';
import { safeHttpHref } from '../../contact/contact-links.js';
import { recallMethod, rememberMethod } from '../../mfa/method-memory.js';
import { isMfaMethod, MFA_METHODS, type MfaMethod } from '../../mfa/methods.js';
import { detectPlatform, STORE_URLS, type Platform } from '../../mfa/platform.js';
import { qrPath, type QrPath } from '../../mfa/qr-code.js';
import { choices } from '../../styles/controls.js';
import { alertStyles } from '../../styles/alert.js';
import { base, tokens } from '../../styles/tokens.js';
import { mfaMethodChooserStyles } from './mfa-method-chooser.styles.js';

export type { MfaMethod };

export interface BtMfaMethodSelectedDetail {
  readonly method: MfaMethod;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bt-mfa-method-selected': CustomEvent<BtMfaMethodSelectedDetail>;
  }
}

const SECURITY_INFO_URL = 'https://mysignins.microsoft.com/security-info';

const HEADINGS = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4` };

/** The heading levels `heading-level` accepts on `<bt-mfa-method-chooser>`. */
export type MfaMethodChooserHeadingLevel = keyof typeof HEADINGS;

/**
 * Counts the renderings of the radios, for their group's `name`. In Chromium, once a radio that had
 * the focus has left a shadow root, Tab skips every radio of that name in it, kept or new (issue
 * 19): a name must not outlive any of the radios that had it.
 */
let radioGroups = 0;

/**
 * The choice of the second factor, before Microsoft's page asks for it: the Microsoft
 * Authenticator app (first, recommended) or SMS (allowed, less secure, being phased out). Shows
 * where to get the app for the customer's device, with QR codes to open the store on the phone
 * when reading on a computer (not on a touch screen narrower than 30rem: a phone cannot scan its
 * own screen), and answers the FAQ's questions about the phone. The choice stays in the browser;
 * the element only announces it. Its own width, not the page's, decides its layout.
 *
 * @summary Choose the two-factor method: Authenticator (recommended) or SMS.
 *
 * @slot actions - The host's way on (a journey's « Continuer »), right after the choice and before the questions about the phone, so that it shows on a phone's first screen.
 * @slot lost-phone - Inside "Lost or stolen phone?", typically a `<bt-lost-phone-card compact>` (its own heading, which would repeat the question, is left out: the chooser sets its `noHeading`).
 *
 * @csspart base - The wrapper.
 * @csspart title - The heading.
 * @csspart options - The radio group.
 * @csspart recommended - The "recommended" badge.
 * @csspart method-details - What to do for the chosen method.
 * @csspart store-link - A link to an app store, drawn as a store button.
 * @csspart qr-code - A QR code that opens a store on the phone.
 * @csspart help - The questions about the phone.
 * @csspart security-info - The link to Microsoft's page where methods are changed later, under « Changer de méthode plus tard ? ».
 * @csspart sms-steps - With SMS chosen: what to pick on Microsoft's page, which offers the app first.
 *
 * @cssprop --bt-mfa-method-chooser-max-width - Maximum width (default 44rem).
 * @cssprop --bt-mfa-method-chooser-selected-border - Border of the chosen option (default: `--bt-color-primary`).
 *
 * @fires {CustomEvent<BtMfaMethodSelectedDetail>} bt-mfa-method-selected - The customer chose a method; `detail.method` is `authenticator` or `sms`.
 */
export class BtMfaMethodChooser extends BtElement {
  static override styles = [tokens, base, choices, alertStyles, mfaMethodChooserStyles];

  static override properties = {
    methods: {},
    value: { reflect: true },
    platform: {},
    securityInfoUrl: { attribute: 'security-info-url' },
    noHeading: { type: Boolean, attribute: 'no-heading' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The methods offered, in order, space separated: `authenticator sms` (default), `authenticator`, `sms authenticator`. A single method is shown chosen. */
  methods = 'authenticator sms';

  /** The chosen method (`authenticator` or `sms`); empty until the customer chooses. */
  value: MfaMethod | '' = '';

  /** `auto` (from the browser) or `ios`, `android`, `desktop`: decides which store links are shown. */
  platform: Platform | 'auto' = 'auto';

  /** Where customers manage their security methods later (Microsoft's security info page for the firm's tenant); https only (http on localhost for development); anything else gives Microsoft's page. */
  securityInfoUrl = SECURITY_INFO_URL;

  /**
   * Leaves out the heading « Votre double authentification », for a page whose own heading
   * already introduces the choice (the group is still named for assistive technology).
   */
  noHeading = false;

  /** Level of the heading (2 to 4). */
  headingLevel: MfaMethodChooserHeadingLevel = 2;

  /** The `name` of the radios: a new one whenever a radio is removed (see `radioGroups`). */
  private radioName = '';
  /** The methods the radios were rendered for. */
  private renderedMethods?: string;

  private readonly qrCodes = new Task(this, {
    task: async ([show]) => (show ? Promise.all([qrPath(STORE_URLS.ios), qrPath(STORE_URLS.android)]) : undefined),
    args: () => [this.value === 'authenticator' && this.resolvedPlatform() === 'desktop'] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    const remembered = recallMethod();
    if (!this.value && remembered && this.offered().includes(remembered)) this.value = remembered;
  }

  protected override willUpdate(): void {
    // A single method offered is the customer's only way: shown chosen, with its details.
    const offered = this.offered();
    if (offered.length === 1 && this.value !== offered[0]) this.value = offered[0];
    const methods = offered.join(' ');
    if (methods !== this.renderedMethods) {
      this.renderedMethods = methods;
      this.radioName = `method-${++radioGroups}`;
    }
  }

  private offered(): MfaMethod[] {
    const listed = this.methods.split(/\s+/).filter(isMfaMethod);
    return listed.length ? [...new Set(listed)] : [...MFA_METHODS];
  }

  private resolvedPlatform(): Platform {
    return this.platform === 'auto' ? detectPlatform() : this.platform;
  }

  /**
   * « Choisir plutôt l’application… » disappears with the SMS details: the focus goes to the radio
   * that now holds the choice, rather than to the page.
   */
  private async chooseAuthenticatorInstead() {
    this.choose('authenticator');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[value="authenticator"]')?.focus();
  }

  private choose(method: MfaMethod) {
    this.value = method;
    rememberMethod(method);
    this.dispatchEvent(
      new CustomEvent('bt-mfa-method-selected', { detail: { method }, bubbles: true, composed: true }),
    );
  }

  override render() {
    const tag = HEADINGS[this.headingLevel] ?? HEADINGS[2];
    const title = msg('Votre double authentification');
    return html`<div
      part="base"
      role="group"
      aria-labelledby=${this.noHeading ? nothing : 'title'}
      aria-label=${this.noHeading ? title : nothing}
    >
      ${this.noHeading ? nothing : staticHtml`<${tag} id="title" part="title">${title}</${tag}>`}
      <p>
        ${msg('À chaque connexion, votre téléphone confirme que c’est bien vous : d’abord votre mot de passe sur l’ordinateur, puis une validation sur le téléphone.')}
      </p>
      ${this.renderChoice(this.offered())} ${this.value === 'authenticator' ? this.renderAuthenticator() : nothing}
      ${this.value === 'sms' ? this.renderSms() : nothing}
      <slot name="actions"></slot>
      ${this.renderHelp()}
    </div>`;
  }

  /** A choice between the methods offered; a single method is no question: it is just named. */
  private renderChoice(offered: MfaMethod[]) {
    if (offered.length === 1) {
      return html`<div part="options" class="option single">${this.renderMethodName(offered[0], false)}</div>`;
    }
    return html`<fieldset part="options">
      <legend>${msg('Comment voulez-vous confirmer votre identité ?')}</legend>
      ${offered.map((method) => html`<div class="option">${this.renderMethodName(method, true)}</div>`)}
    </fieldset>`;
  }

  /** The method's name, badge and hint: labelling its radio when there is a choice. */
  private renderMethodName(method: MfaMethod, withRadio: boolean) {
    const authenticator = method === 'authenticator';
    // The badge is no part of the radio's name (« Application Microsoft Authenticator »), which
    // Chromium would glue to it; it describes the radio, before the hint.
    const badge = authenticator ? `method-${method}-badge` : '';
    const name = authenticator ? msg('Application Microsoft Authenticator') : msg('SMS');
    const radio = html`<input
      type="radio"
      name=${this.radioName}
      id=${`method-${method}`}
      value=${method}
      .checked=${this.value === method}
      aria-describedby=${`${badge} method-${method}-hint`.trim()}
      @change=${() => this.choose(method)}
    />`;
    return html`${withRadio ? radio : nothing}
      <span class="title">
        ${withRadio ? html`<label for=${`method-${method}`} class="name">${name}</label>` : html`<strong class="name">${name}</strong>`}
        ${authenticator ? html`<span part="recommended" class="badge" id=${badge}>${msg('Recommandé')}</span>` : nothing}
      </span>
      <p class="hint" id=${`method-${method}-hint`}>
        ${
          authenticator
            ? msg('Le plus sûr : une notification à valider sur votre téléphone.')
            : msg('Un code reçu par SMS. Moins sûr, et voué à disparaître.')
        }
      </p>`;
  }

  private renderAuthenticator() {
    const platform = this.resolvedPlatform();
    const appStore = html`<a part="store-link" href=${STORE_URLS.ios}
      >${msg('Télécharger sur l’App Store (iPhone, iPad)')}</a
    >`;
    const playStore = html`<a part="store-link" href=${STORE_URLS.android}
      >${msg('Télécharger sur le Play Store (Android)')}</a
    >`;
    return html`<div
      part="method-details"
      class="details"
      role="region"
      aria-label=${msg('Application Microsoft Authenticator')}
    >
      <p>${msg('Elle vous servira aussi si vous oubliez votre mot de passe.')}</p>
      ${platform === 'ios' ? html`<p>${appStore}</p>` : nothing}
      ${platform === 'android' ? html`<p>${playStore}</p>` : nothing}
      ${
        platform === 'desktop'
          ? html`<p class="qr-hint">
                ${msg('Installez-la sur votre téléphone : ouvrez l’appareil photo du téléphone et visez le code de son magasin d’applications (App Store sur iPhone, Play Store sur Android), ou suivez le lien.')}
              </p>
              <div class="stores">
                ${this.renderStore('ios', appStore, msg('Code QR vers Microsoft Authenticator sur l’App Store'))}
                ${this.renderStore('android', playStore, msg('Code QR vers Microsoft Authenticator sur le Play Store'))}
              </div>`
          : nothing
      }
    </div>`;
  }

  private renderStore(store: 'ios' | 'android', link: unknown, label: string) {
    const code = this.qrCodes.value?.[store === 'ios' ? 0 : 1];
    return html`<figure>
      ${code ? qrSvg(code, label) : html`<div class="qr-placeholder" aria-hidden="true"></div>`}
      <figcaption>${link}</figcaption>
    </figure>`;
  }

  private renderSms() {
    // Less safe and on its way out: said with the library's one alert, as a warning.
    return html`<div part="method-details" class="sms alert" data-tone="warning">
      <p>
        <strong>${msg('C’est possible, mais moins sûr.')}</strong>
        ${msg('Ce mode tend à être supprimé.')}
      </p>
      <p part="sms-steps">
        ${msg('La page Microsoft vous proposera d’abord l’application Microsoft Authenticator : choisissez de configurer une autre méthode, puis le téléphone, et demandez à recevoir un code par SMS.')}
      </p>
      ${
        this.offered().includes('authenticator')
          ? html`<button type="button" class="link" @click=${() => void this.chooseAuthenticatorInstead()}>
              ${msg('Choisir plutôt l’application Microsoft Authenticator')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderHelp() {
    return html`<div part="help" class="help">
      <details>
        <summary>${msg('Pourquoi utiliser mon téléphone ?')}</summary>
        <p>
          ${msg('La double authentification diminue les risques de cyberattaque et limite les vols de données personnelles ou professionnelles : même avec votre mot de passe, personne ne peut se connecter sans votre téléphone.')}
        </p>
      </details>
      <details>
        <summary>${msg('Je n’ai pas de téléphone professionnel')}</summary>
        <p>
          ${msg('Vous pouvez utiliser votre téléphone personnel : la double authentification n’entraîne aucun frais. Le Code du travail n’interdit pas l’usage du téléphone personnel pendant les heures de travail, sauf situations particulières (conduite, travail posté, travaux en hauteur) (C. trav. art. L. 1121-1).')}
        </p>
      </details>
      <details>
        <summary>${msg('Téléphone perdu ou volé ?')}</summary>
        <slot name="lost-phone" @slotchange=${this.onLostPhoneSlotChange}>
          <p>
            ${msg('Contactez au plus vite le service client, qui supprimera les données de votre double authentification et en paramétrera de nouvelles avec vous.')}
          </p>
        </slot>
      </details>
      <details>
        <summary>${msg('Changer de méthode plus tard ?')}</summary>
        <p>
          <a part="security-info" href=${this.securityInfoHref()}
            >${msg('Gérer mes méthodes sur le site Microsoft')}<span aria-hidden="true"> ↗</span></a
          >
        </p>
      </details>
    </div>`;
  }

  /** A lost-phone card under the summary « Téléphone perdu ou volé ? » leaves out its own heading, which would repeat it. */
  private onLostPhoneSlotChange(event: Event) {
    for (const card of (event.target as HTMLSlotElement).assignedElements()) {
      if (card.localName === 'bt-lost-phone-card') (card as HTMLElement & { noHeading: boolean }).noHeading = true;
    }
  }

  /** Microsoft's page unless the host gives another https page: never a `javascript:` link. */
  private securityInfoHref(): string {
    const href = safeHttpHref(this.securityInfoUrl, document.baseURI);
    if (import.meta.env.DEV && !href) {
      warnOnce(this.localName, 'ignores `security-info-url`: only https addresses are used (see its documentation).');
    }
    return href ?? SECURITY_INFO_URL;
  }
}

function qrSvg(code: QrPath, label: string) {
  const extent = code.size + 8;
  return svg`<svg part="qr-code" role="img" aria-label=${label} viewBox=${`-4 -4 ${extent} ${extent}`} width="148" height="148" shape-rendering="crispEdges">
    <rect x="-4" y="-4" width=${extent} height=${extent} fill="#fff"></rect>
    <path d=${code.d} fill="#000"></path>
  </svg>`;
}
