import { defineConfig } from 'vite';
import { minifyLitTemplates } from './scripts/minify-lit-templates.js';

/** Every published entry point: the side-effect-free API, the define-all entry, one per element. */
export const entries = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  'components/lost-phone-card/define': 'src/components/lost-phone-card/define.ts',
};

const external = [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^@azure\/msal-browser($|\/)/];

export default defineConfig(({ command }) =>
  command === 'build'
    ? {
        plugins: [minifyLitTemplates()],
        build: {
          outDir: 'dist',
          emptyOutDir: true,
          target: 'es2022',
          minify: false,
          sourcemap: true,
          lib: { entry: entries, formats: ['es'] },
          rolldownOptions: {
            external,
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
        },
      }
    : {
        // `npm start`: the demo page, served from demo/ with the library's sources.
        root: 'demo',
        server: { host: '127.0.0.1', port: Number(process.env.DEMO_PORT ?? 5173), strictPort: true },
        preview: { host: '127.0.0.1' },
      },
);
