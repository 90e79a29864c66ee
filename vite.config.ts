import { defineConfig } from 'vite';
import { minifyLitTemplates } from './scripts/minify-lit-templates.js';

/** Every published entry point: the side-effect-free API, the define-all entry, one per element. */
export const entries = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  'redirect-bridge': 'src/redirect-bridge.ts',
  'testing/index': 'src/testing/index.ts',
  'components/activation-landing/define': 'src/components/activation-landing/define.ts',
  'components/auth-provider/define': 'src/components/auth-provider/define.ts',
  'components/lost-phone-card/define': 'src/components/lost-phone-card/define.ts',
  'components/mfa-method-chooser/define': 'src/components/mfa-method-chooser/define.ts',
  'components/onboarding-journey/define': 'src/components/onboarding-journey/define.ts',
  'components/password-hint/define': 'src/components/password-hint/define.ts',
  'components/signin-button/define': 'src/components/signin-button/define.ts',
  'components/signin-faq/define': 'src/components/signin-faq/define.ts',
};

const external = [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^@azure\/msal-browser($|\/)/];

export default defineConfig(({ command, mode }) => {
  if (command !== 'build') {
    // `npm start`: the demo page, served from demo/ with the library's sources.
    return {
      root: 'demo',
      server: { host: '127.0.0.1', port: Number(process.env.DEMO_PORT ?? 5173), strictPort: true },
    };
  }
  // Like Lit, two builds: dist/ for production (dev-mode warnings compiled out) and
  // dist/development/ (warnings kept), chosen by the `development` export condition.
  const development = mode === 'development';
  return {
    plugins: [minifyLitTemplates()],
    define: { 'import.meta.env.DEV': JSON.stringify(development) },
    build: {
      outDir: development ? 'dist/development' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: false,
      lib: { entry: entries, formats: ['es'] },
      rolldownOptions: {
        external,
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
