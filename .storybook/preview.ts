import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { setLocale } from '../src/localization.js';
import '../src/define.js';
import { extractArgTypes, extractComponentDescription } from './arg-types.js';
import { installFixedClock } from './fixed-clock.js';

// Every story reads the same fixed clock (elements read the time when they render, not on import).
installFixedClock();

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
    // A story alone fills the window; on a docs page, each preview is as tall as its content.
    (story, { globals, viewMode }) =>
      html`<div
        style=${SCHEMES[globals.scheme === 'dark' ? 'dark' : 'light']}
        class=${viewMode === 'docs' ? 'bt-story' : 'bt-story bt-story--alone'}
      >
        ${story()}
      </div>`,
  ],
  parameters: {
    // Controls and docs tables come from the manifest that `cem analyze` writes, public surface only.
    docs: { extractArgTypes, extractComponentDescription },
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
