import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../dist/custom-elements.json';
import { setLocale } from '../src/localization.js';
import '../src/define.js';

// Controls and docs come from the manifest that `cem analyze` writes.
setCustomElementsManifest(manifest);

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
  },
  initialGlobals: { locale: 'fr' },
  loaders: [
    async ({ globals }) => {
      const locale = globals.locale === 'en' ? 'en' : 'fr';
      document.documentElement.lang = locale;
      await setLocale(locale);
      return {};
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
