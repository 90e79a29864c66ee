import { html, nothing } from 'lit';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import { ContextConsumer } from '@lit/context';
import { authClientContext } from '../../auth/context.js';
import type { MsalAuthClient } from '../../auth/msal-auth-client.js';
import { getAuthClient, onAuthClientChange } from '../../auth/registry.js';
import type { AuthClient } from '../../auth/types.js';
import { BtElement } from '../../internal/bt-element.js';
import { base, tokens } from '../../styles/tokens.js';
import { passwordHintStyles } from './password-hint.styles.js';

const HEADINGS = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5` };
/** The heading levels `heading-level` accepts on `<bt-password-hint>`. */
export type PasswordHintHeadingLevel = keyof typeof HEADINGS;

/** Microsoft Entra's sign-in host, when no configured authority tells another. */
const ENTRA_HOST = 'login.microsoftonline.com';

const CHARACTER_KINDS = ['lowercase', 'uppercase', 'digit', 'symbol'] as const;
type CharacterKind = (typeof CHARACTER_KINDS)[number];

/**
 * Before the customer leaves for Microsoft's page: the password is created there, not here; any
 * password will do, the former Espace Client one included; how to recognise Microsoft's genuine
 * page; and Baker Tilly never asks for the password or the codes. It has no input of any kind:
 * the password is only ever typed on Microsoft's page.
 *
 * @summary What to know about the password before creating it on Microsoft's page.
 *
 * @slot never-asks - The firm's promise, in bold. The FAQ does not make it, so the firm decides:
 *   by default « Baker Tilly ne vous demandera jamais votre mot de passe ni vos codes de
 *   vérification, ni par téléphone ni par e-mail. »; slot other words to replace it, or an empty
 *   element (`<span slot="never-asks"></span>`) to leave it out.
 *
 * @csspart base - The wrapper.
 * @csspart title - The heading (absent with `no-heading`).
 * @csspart requirements - The optional list of password requirements.
 *
 * @cssprop --bt-password-hint-background - Background (default: `--bt-color-surface`).
 * @cssprop --bt-password-hint-border-color - Border (default: `--bt-color-border`).
 */
export class BtPasswordHint extends BtElement {
  static override styles = [tokens, base, passwordHintStyles];

  static override properties = {
    minLength: { type: Number, attribute: 'min-length' },
    requires: {},
    loginHost: { attribute: 'login-host' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    noHeading: { type: Boolean, attribute: 'no-heading' },
  };

  /** Minimum length Microsoft will ask for, shown as information (0 hides it). */
  minLength = 0;

  /** Character kinds Microsoft will ask for, space separated: `lowercase uppercase digit symbol`. */
  requires = '';

  /**
   * Host name of the genuine sign-in page, as the customer will see it in the address bar. Leave
   * it empty (the default) to take the host of the configured authority (from
   * `<bt-auth-provider>` or `configureAuth()`: `<tenant>.ciamlogin.com` with External ID), or
   * `login.microsoftonline.com` when sign-in is not configured; set it only to override that.
   */
  loginHost = '';

  /** Level of the heading (2 to 5). */
  headingLevel: PasswordHintHeadingLevel = 3;

  /** Leaves the heading out, where the page's own heading already says it (the group keeps its name). */
  noHeading = false;

  /** The page's auth client through `<bt-auth-provider>`, else the one of `configureAuth()`. */
  private readonly authContext = new ContextConsumer(this, {
    context: authClientContext,
    subscribe: true,
    callback: () => this.requestUpdate(),
  });
  private stopFollowing?: () => void;
  private noPromise = false;

  /** An empty element in the `never-asks` slot removes the firm's promise and its bullet. */
  private onPromiseSlotChange(event: Event) {
    const nodes = (event.target as HTMLSlotElement).assignedNodes();
    this.noPromise = nodes.length > 0 && nodes.every((node) => !node.textContent?.trim());
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopFollowing = onAuthClientChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowing?.();
  }

  /** `login-host`, else the configured authority's host (read from its configuration: MSAL is not loaded). */
  private signInHost(): string {
    return this.loginHost.trim() || authorityHost(this.authContext.value ?? getAuthClient()) || ENTRA_HOST;
  }

  override render() {
    const tag = HEADINGS[this.headingLevel] ?? HEADINGS[3];
    const title = msg('Votre mot de passe');
    return html`<div
      part="base"
      role="group"
      aria-labelledby=${this.noHeading ? nothing : 'title'}
      aria-label=${this.noHeading ? title : nothing}
    >
      ${this.noHeading ? nothing : staticHtml`<${tag} id="title" part="title">${title}</${tag}>`}
      <ul>
        <li>${msg('Vous le créerez sur la page Microsoft qui va s’ouvrir, pas ici.')}</li>
        <li>${msg('Choisissez celui que vous voulez : vous pouvez reprendre celui de l’ancien Espace Client.')}</li>
        <li>${this.renderGenuineAddress()}</li>
        <li ?hidden=${this.noPromise}>
          <strong
            ><slot name="never-asks" @slotchange=${this.onPromiseSlotChange}
              >${msg('Baker Tilly ne vous demandera jamais votre mot de passe ni vos codes de vérification, ni par téléphone ni par e-mail.')}</slot
            ></strong
          >
        </li>
      </ul>
      ${this.renderRequirements()}
    </div>`;
  }

  /**
   * « …commence par https://<host>/… », breaking the address only before the host and after its
   * dots: the list breaks a word anywhere it overflows, which cut the very host the customer must
   * recognise (« ciamlogin.c om »). Mid-label only for a label wider than the line.
   */
  private renderGenuineAddress() {
    const host = this.signInHost();
    const [before, ...after] = msg(
      str`La vraie page Microsoft a une adresse qui commence par https://${host}/ et le navigateur affiche un cadenas.`,
    ).split(host);
    const labels = host.split(/(?<=\.)/).map((label) => html`<wbr />${label}`);
    return html`${before}${labels}${after.join(host)}`;
  }

  private renderRequirements() {
    const kinds = this.requires
      .split(/\s+/)
      .filter((kind): kind is CharacterKind => (CHARACTER_KINDS as readonly string[]).includes(kind));
    if (this.minLength <= 0 && kinds.length === 0) return nothing;
    const label: Record<CharacterKind, () => string> = {
      lowercase: () => msg('une lettre minuscule'),
      uppercase: () => msg('une lettre majuscule'),
      digit: () => msg('un chiffre'),
      symbol: () => msg('un caractère spécial (par exemple « ! » ou « # »)'),
    };
    return html`<p>${msg('Microsoft vous demandera :')}</p>
      <ul part="requirements">
        ${this.minLength > 0 ? html`<li>${msg(str`au moins ${this.minLength} caractères`)}</li>` : nothing}
        ${kinds.map((kind) => html`<li>${label[kind]()}</li>`)}
      </ul>`;
  }
}

/** The host (with its port, if any) of a client's configured authority; empty for other clients. */
function authorityHost(client: AuthClient | undefined): string {
  const authority = (client as Partial<MsalAuthClient> | undefined)?.config?.authority;
  try {
    return authority ? new URL(authority).host : '';
  } catch {
    return '';
  }
}
