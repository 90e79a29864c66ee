// examples/vue (Vue 3, Vite, vue-tsc with strict templates) as built by `node scripts/examples.mjs`:
// Vue sets the elements' properties and listens with `@bt-*`. Vue creates its own Trusted Types
// policy, `vue`, which the CSP names beside the library's (`lit-html`).
import { describeViteExample } from './example-app-server.mjs';

describeViteExample('vue', { trustedTypes: ['vue', 'lit-html'] });
