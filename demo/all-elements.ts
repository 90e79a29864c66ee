import { setUpDemo } from './setup.js';

// Every element on one page, under the demo's strict Content-Security-Policy with Trusted Types.
await setUpDemo((config) => {
  for (const element of document.querySelectorAll('bt-activation-landing, bt-onboarding-journey')) {
    element.setAttribute('service-url', config.activationService);
  }
});
