import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CAMILLE, FakeAuthClient } from '../src/testing/fake-auth-client.js';

/** Every public design token, with the Baker Tilly default (light / dark). */
const TOKENS: [string, string][] = [
  ['--bt-color-text', '#1d2624 / #e8eeec'],
  ['--bt-color-text-muted', '#4c5957 / #b3c0bd'],
  ['--bt-color-surface', '#ffffff / #17201e'],
  ['--bt-color-border', '#c9d1cf / #4a5755'],
  ['--bt-color-primary', '#0a6b50 / #5fd3a8'],
  ['--bt-color-on-primary', '#ffffff / #06241b'],
  ['--bt-color-success', '#0f6b2c / #7be39a'],
  ['--bt-color-warning', '#8a4b00 / #f0b45c'],
  ['--bt-color-focus', '#1457c4 / #8ab4ff'],
  ['--bt-font-family', 'system-ui, sans-serif'],
  ['--bt-font-size', '1rem'],
  ['--bt-font-size-small', '0.875rem'],
  ['--bt-font-size-title', '1.125rem'],
  ['--bt-radius-medium', '0.5rem'],
  ['--bt-space-small', '0.5rem'],
  ['--bt-space-medium', '1rem'],
];

const SECOND_BRAND = `
  --bt-color-primary: light-dark(#5b2a86, #d2b4ff);
  --bt-color-on-primary: light-dark(#ffffff, #24103a);
  --bt-color-warning: light-dark(#9a3412, #fdba74);
  --bt-font-family: Georgia, 'Times New Roman', serif;
  --bt-radius-medium: 0;
`;

function sample() {
  return html`
    <bt-auth-provider .client=${new FakeAuthClient({ status: 'signed-in', account: CAMILLE })}>
      <bt-signin-button></bt-signin-button>
    </bt-auth-provider>
    <bt-lost-phone-card
      compact
      heading-level="3"
      phone="01 23 45 67 89"
      email="service.client@bakertilly.fr"
    ></bt-lost-phone-card>
    <bt-mfa-method-chooser heading-level="3" platform="ios" .value=${'sms'}></bt-mfa-method-chooser>
  `;
}

const meta: Meta = {
  title: 'Design/Theming',
  parameters: { controls: { disable: true } },
};
export default meta;

/** The same elements under the Baker Tilly defaults and under a second brand set by custom properties. */
export const DefaultAndSecondBrand: StoryObj = {
  render: () =>
    html`<div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(min(22rem,100%),1fr));gap:2rem">
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

/** Every token a host page may set, on any ancestor of the elements. */
export const Tokens: StoryObj = {
  render: () =>
    html`<table>
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
          ([name, value]) =>
            html`<tr>
              <td><code>${name}</code></td>
              <td>${value}</td>
            </tr>`,
        )}
      </tbody>
    </table>`,
};
