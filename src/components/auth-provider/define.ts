import { BtAuthProvider } from './auth-provider.js';

if (!customElements.get('bt-auth-provider')) customElements.define('bt-auth-provider', BtAuthProvider);

declare global {
  interface HTMLElementTagNameMap {
    'bt-auth-provider': BtAuthProvider;
  }
}
