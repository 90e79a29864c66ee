// examples/react (React 19, Vite, TypeScript strict) as built by `node scripts/examples.mjs`:
// React sets the elements' properties and listens with `onbt-*` handlers. React itself creates
// no Trusted Types policy: the CSP names the library's only (`lit-html`).
import { describeViteExample } from './example-app-server.mjs';

describeViteExample('react', { trustedTypes: ['lit-html'] });
