import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

// Loading this file installs nothing: `npm test` installs Chromium first (scripts/chromium.mjs).
const executablePath = findChromium();
if (!executablePath)
  throw new Error('No Chromium found: run `node scripts/chromium.mjs` (npm test does) or set CHROME_PATH.');

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: 'tsconfig.json',
      // Tests run the development build: dev-mode warnings included.
      define: { 'import.meta.env.DEV': 'true' },
    }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
      // A reader outside Paris, so that tests see the opening hours' time-zone note.
      createBrowserContext: ({ browser }) => browser.newContext({ timezoneId: 'America/New_York', locale: 'fr-FR' }),
    }),
  ],
  // Lit announces its development build once per page; every other browser log is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  concurrency: 2,
  testFramework: { config: { timeout: 5000 } },
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
};
