// The journey composes the other elements: its entry defines them all.
import '../activation-landing/define.js';
import '../lost-phone-card/define.js';
import '../mfa-method-chooser/define.js';
import '../password-hint/define.js';
import '../signin-faq/define-element.js';
import { BtOnboardingJourney } from './onboarding-journey.js';

if (!customElements.get('bt-onboarding-journey')) customElements.define('bt-onboarding-journey', BtOnboardingJourney);

declare global {
  interface HTMLElementTagNameMap {
    'bt-onboarding-journey': BtOnboardingJourney;
  }
}
