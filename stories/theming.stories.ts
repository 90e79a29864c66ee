import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ActivationService } from '../src/activation/activation-service.js';
import { CAMILLE, FakeAuthClient } from '../src/testing/fake-auth-client.js';
import { TOKENS } from './support/token-sheet.js';
import './support/token-sheet.js';

/**
 * A second brand, set only through public tokens on an ancestor: another palette (alert tones
 * included), a serif type with heavier headings, pill controls, square cards and softly rounded
 * options, a tinted surface.
 */
const SECOND_BRAND = `
  --bt-color-text: light-dark(#221b2b, #efe7f7);
  --bt-color-text-muted: light-dark(#5a4f66, #c3b6d1);
  --bt-color-surface: light-dark(#f6f1fb, #241a30);
  --bt-color-field: light-dark(#ffffff, #1a1223);
  --bt-color-border: light-dark(#cdbfdc, #5a4a6b);
  --bt-color-primary: light-dark(#5b2a86, #d2b4ff);
  --bt-color-on-primary: light-dark(#ffffff, #24103a);
  --bt-color-focus: light-dark(#c2410c, #fdba74);
  --bt-color-info: light-dark(#1e40af, #93c5fd);
  --bt-color-success: light-dark(#166534, #86efac);
  --bt-color-warning: light-dark(#9a3412, #fdba74);
  --bt-color-error: light-dark(#9f1239, #fda4af);
  --bt-font-family: Georgia, 'Times New Roman', serif;
  --bt-font-size-heading: 1.75rem;
  --bt-font-weight-heading: 400;
  --bt-radius-control: 999px;
  --bt-radius-card: 0;
  --bt-radius-option: 0.75rem;
  --bt-space-medium: 1.25rem;
`;

const VALID_LINK: ActivationService = {
  lookup: () =>
    Promise.resolve({
      kind: 'valid',
      maskedEmail: 'c•••••.m•••••@example.fr',
      expiresAt: new Date('2026-12-11T10:30:00+01:00'),
      loginHint: 'camille.martin@example.fr',
    }),
  requestNewLink: () => new Promise(() => undefined),
};

function sample() {
  return html`
    <bt-auth-provider .client=${new FakeAuthClient({ status: 'signed-in', account: CAMILLE })}>
      <bt-signin-button></bt-signin-button>
    </bt-auth-provider>
    <bt-auth-provider .client=${new FakeAuthClient()}>
      <bt-activation-landing heading-level="3" .service=${VALID_LINK} token="story-token">
        <bt-password-hint slot="hint" min-length="8"></bt-password-hint>
      </bt-activation-landing>
    </bt-auth-provider>
    <bt-mfa-method-chooser heading-level="3" platform="ios" .value=${'sms'}></bt-mfa-method-chooser>
    <bt-lost-phone-card
      heading-level="3"
      phone="01 23 45 67 89"
      email="service.client@bakertilly.fr"
    ></bt-lost-phone-card>
    <story-token-sheet></story-token-sheet>
  `;
}

const meta: Meta = {
  title: 'Design/Theming',
  parameters: { controls: { disable: true } },
};
export default meta;

/** The elements and the token sheet under the Baker Tilly defaults, then under a second brand set by tokens only. */
export const DefaultAndSecondBrand: StoryObj = {
  render: () =>
    html`<div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(min(24rem,100%),1fr));gap:2rem">
      <section style="display:grid;gap:1rem;align-content:start">
        <h2>Baker Tilly</h2>
        ${sample()}
      </section>
      <section style="display:grid;gap:1rem;align-content:start;${SECOND_BRAND}">
        <h2>Second brand</h2>
        ${sample()}
      </section>
    </div>`,
};

/**
 * Every token a host page may set, on any ancestor of the elements: drawn (swatches, type scale,
 * radii, spacing, alert tones) as the elements read them, then listed with its default.
 */
export const Tokens: StoryObj = {
  render: () =>
    html`<story-token-sheet></story-token-sheet>
      <table style="margin-block-start:2rem">
        <caption>
          Design tokens (CSS custom properties)
        </caption>
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Default (light / dark)</th>
          </tr>
        </thead>
        <tbody>
          ${TOKENS.map(
            ({ name, fallback }) =>
              html`<tr>
                <td><code>${name}</code></td>
                <td><code>${fallback}</code></td>
              </tr>`,
          )}
        </tbody>
      </table>`,
};
