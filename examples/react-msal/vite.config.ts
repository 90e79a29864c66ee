import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {
    // The redirect bridge is a page of the app, so that its bare import is bundled.
    rolldownOptions: { input: { main: 'index.html', redirect: 'redirect.html' } },
  },
});
