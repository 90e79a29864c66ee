import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      // The `bt-*` tags are custom elements, not Vue components.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('bt-') } },
    }),
  ],
  build: {
    // The redirect bridge is a page of the app, so that its bare import is bundled.
    rolldownOptions: { input: { main: 'index.html', redirect: 'redirect.html' } },
  },
});
