import { setUpDemo } from './setup.js';

// The landing's service address is set before the element is defined and reads the token.
await setUpDemo((config) => {
  document.querySelector('bt-activation-landing')!.setAttribute('service-url', config.activationService);
});
