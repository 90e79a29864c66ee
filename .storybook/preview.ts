import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../dist/custom-elements.json';
import { setLocale } from '../src/localization.js';
import '../src/define.js';

// Controls and docs come from the manifest that `cem analyze` writes.
setCustomElementsManifest(manifest);

const SCHEMES = {
  light: 'color-scheme: light; background: #ffffff; color: #1d2624;',
  dark: 'color-scheme: dark; background: #0f1514; color: #e8eeec;',
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Langue',
        icon: 'globe',
        items: [
          { value: 'fr', title: 'Français' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme of the page around the elements',
      toolbar: {
        title: 'Thème',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Clair' },
          { value: 'dark', title: 'Sombre' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'fr', scheme: 'light' },
  loaders: [
    async ({ globals }) => {
      const locale = globals.locale === 'en' ? 'en' : 'fr';
      document.documentElement.lang = locale;
      await setLocale(locale);
      return {};
    },
  ],
  decorators: [
    (story, { globals }) =>
      html`<div style=${SCHEMES[globals.scheme === 'dark' ? 'dark' : 'light']} class="bt-story">${story()}</div>`,
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    layout: 'fullscreen',
    viewport: {
      options: {
        phone: { name: 'Phone (375 px)', styles: { width: '375px', height: '812px' } },
        desktop: { name: 'Desktop (1280 px)', styles: { width: '1280px', height: '900px' } },
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
