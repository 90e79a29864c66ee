import { defineConfig } from 'vite';

export default defineConfig({
  // Designers review the development build: configuration warnings show in the browser console.
  define: { 'import.meta.env.DEV': 'true' },
});
