import { setUpDemo } from './setup.js';

// The whole journey in one tag; its activation service is the demo provider's.
await setUpDemo((config) => {
  document.querySelector('bt-onboarding-journey')!.setAttribute('service-url', config.activationService);
});
