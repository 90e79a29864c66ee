import { LitElement, css, html } from 'lit';
import { alertStyles } from '../../src/styles/alert.js';
import { buttons } from '../../src/styles/controls.js';
import { base, tokens } from '../../src/styles/tokens.js';

/** A public token and its default, read from the library's own token sheet (one source of truth). */
export interface Token {
  readonly name: string;
  /** The private property the elements read (`--_color-text`). */
  readonly inner: string;
  readonly fallback: string;
}

export const TOKENS: readonly Token[] = [
  ...tokens.cssText.matchAll(/(--_[\w-]+):\s*var\((--bt-[\w-]+),\s*(.+)\);/g),
].map(([, inner, name, fallback]) => ({
  name: name,
  inner: inner,
  // A default that is another token reads as that token's public name.
  fallback: fallback.replace(/var\(--_radius\)/, '--bt-radius-medium').replace(/, sans-serif$/, ''),
}));

const group = (prefix: string) => TOKENS.filter((token) => token.name.startsWith(prefix));

/**
 * The design tokens drawn as a designer reads them: swatches, type scale, radii and spacing, and
 * the four alert tones. It reads the tokens exactly as the elements do (same sheet, same
 * fallbacks), so a brand set on an ancestor shows here as it will in every element.
 */
export class StoryTokenSheet extends LitElement {
  static override styles = [
    tokens,
    base,
    buttons,
    alertStyles,
    css`
      :host {
        display: grid;
        gap: 1.5rem;
      }
      h3 {
        margin: 0 0 0.5rem;
        font-size: var(--_font-size-title);
      }
      .swatches {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
        gap: 0.75rem;
      }
      .swatch {
        display: grid;
        grid-template-columns: 2.5rem 1fr;
        gap: 0.5rem;
        align-items: center;
        font-size: var(--_font-size-small);
      }
      .chip {
        block-size: 2.5rem;
        border: 1px solid var(--_color-border);
        border-radius: 0.25rem;
      }
      code {
        overflow-wrap: anywhere;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
        align-items: end;
      }
      .shape {
        inline-size: 10rem;
        block-size: 3rem;
        display: grid;
        place-items: center;
        border: 2px solid var(--_color-primary);
        background: var(--_color-surface);
        font-size: var(--_font-size-small);
      }
      .space {
        block-size: 1rem;
        background: var(--_color-primary);
      }
      p {
        margin: 0;
      }
    `,
  ];

  override render() {
    const sample = (token: string, label: string, extra = '') =>
      html`<p style=${`font-size: var(${token}); ${extra}`}>${label} <code>${token.replace('--_', '--bt-')}</code></p>`;
    return html`
      <section>
        <h3>Couleurs</h3>
        <div class="swatches">
          ${group('--bt-color-').map(
            (token) =>
              html`<div class="swatch">
                <span class="chip" style=${`background: var(${token.inner})`}></span>
                <span><code>${token.name}</code><br />${token.fallback}</span>
              </div>`,
          )}
        </div>
      </section>
      <section>
        <h3>Typographie</h3>
        ${sample('--_font-size-heading', 'Titre de page', 'font-weight: var(--_font-weight-heading)')}
        ${sample('--_font-size-title', 'Titre de carte', 'font-weight: 600')} ${sample('--_font-size', 'Texte courant')}
        ${sample('--_font-size-small', 'Texte secondaire')}
      </section>
      <section>
        <h3>Arrondis</h3>
        <div class="row">
          ${['control', 'card', 'option'].map(
            (kind) =>
              html`<span class="shape" style=${`border-radius: var(--_radius-${kind})`}>--bt-radius-${kind}</span>`,
          )}
          <button type="button">Bouton</button>
        </div>
      </section>
      <section>
        <h3>Espacements</h3>
        <div class="row">
          <span class="space" style="inline-size: var(--_space-s)"></span><code>--bt-space-small</code>
          <span class="space" style="inline-size: var(--_space-m)"></span><code>--bt-space-medium</code>
        </div>
      </section>
      <section>
        <h3>Alertes</h3>
        ${(['info', 'success', 'warning', 'error'] as const).map(
          (tone) =>
            html`<div class="alert" data-tone=${tone}>
              <p class="alert-title">${tone}</p>
              <p><code>--bt-color-${tone}</code>, <code>--bt-color-${tone}-surface</code></p>
            </div>`,
        )}
      </section>
    `;
  }
}

if (!customElements.get('story-token-sheet')) customElements.define('story-token-sheet', StoryTokenSheet);
