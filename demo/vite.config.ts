import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

/** The demo as an application: every page built into .cache/demo-dist, served by demo/server.mjs. */
export default defineConfig({
  root,
  // The demo shows the development build: configuration warnings appear in the console.
  define: { 'import.meta.env.DEV': 'true' },
  build: {
    outDir: resolve(root, '../.cache/demo-dist'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        index: resolve(root, 'index.html'),
        activation: resolve(root, 'activation.html'),
        allElements: resolve(root, 'all-elements.html'),
        journey: resolve(root, 'journey.html'),
        header: resolve(root, 'header.html'),
        microsoft: resolve(root, 'microsoft.html'),
        redirect: resolve(root, 'redirect.html'),
      },
    },
  },
});
