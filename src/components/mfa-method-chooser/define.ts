import { BtMfaMethodChooser } from './mfa-method-chooser.js';

if (!customElements.get('bt-mfa-method-chooser')) customElements.define('bt-mfa-method-chooser', BtMfaMethodChooser);

declare global {
  interface HTMLElementTagNameMap {
    'bt-mfa-method-chooser': BtMfaMethodChooser;
  }
}
