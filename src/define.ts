// Registers every element of the library; the provider first, so that it configures sign-in
// before the elements inside it ask for the client.
import './components/auth-provider/define.js';
import './components/activation-landing/define.js';
import './components/lost-phone-card/define.js';
import './components/mfa-method-chooser/define.js';
import './components/onboarding-journey/define.js';
import './components/password-hint/define.js';
import './components/signin-button/define.js';
import './components/signin-faq/define-element.js';
