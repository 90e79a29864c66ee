// The public API. Importing it registers no element: import `@bakertilly/espace-client-auth/define`
// (every element) or one element's entry for that.
export {
  BtActivationLanding,
  type BtActivationStartRequestedDetail,
  type BtLinkRegenerationRequestedDetail,
  type ActivationLandingHeadingLevel,
} from './components/activation-landing/activation-landing.js';
export { BtAuthProvider, type BtAuthReadyDetail } from './components/auth-provider/auth-provider.js';
export { BtLostPhoneCard, type LostPhoneCardHeadingLevel } from './components/lost-phone-card/lost-phone-card.js';
export {
  BtMfaMethodChooser,
  type BtMfaMethodSelectedDetail,
  type MfaMethod,
  type MfaMethodChooserHeadingLevel,
} from './components/mfa-method-chooser/mfa-method-chooser.js';
export type { Platform } from './mfa/platform.js';
export {
  BtOnboardingJourney,
  type BtJourneyCompletedDetail,
  type BtJourneyStepChangedDetail,
  type JourneyStep,
} from './components/onboarding-journey/onboarding-journey.js';
export { BtPasswordHint, type PasswordHintHeadingLevel } from './components/password-hint/password-hint.js';
export {
  BtSigninFaq,
  provideFaqQuestions,
  type FaqQuestions,
  type SigninFaqHeadingLevel,
} from './components/signin-faq/signin-faq.js';
export { FAQ_ENTRIES, FAQ_TOPICS, faqTopicTitle, type FaqEntry, type FaqTopic } from './faq/entries.js';
export { searchFaq } from './faq/search.js';
export { BtSigninButton, type BtSignedInEventDetail } from './components/signin-button/signin-button.js';

export { AuthController } from './auth/auth-controller.js';
export { authClientContext } from './auth/context.js';
export { AuthConfigError, validateAuthConfig, type AuthConfig, type AuthConfigInput } from './auth/config.js';
export { describeAuthProblem } from './auth/describe-auth-problem.js';
export { describeFailure, type AuthProblem, type AuthProblemAction } from './auth/describe-problem.js';
export { BtAuthError, toAuthFailure } from './auth/auth-error.js';
export { SignInAction, type BtAuthErrorEventDetail, type SignInActionOptions } from './auth/sign-in-action.js';
export { configureAuth, getAuthClient, setAuthClient } from './auth/registry.js';
/** The host's own MSAL client, as `msalInstance` takes it (from `@azure/msal-browser`). */
export type { IPublicClientApplication } from '@azure/msal-browser';
export type {
  AuthAccount,
  AuthChange,
  AuthClient,
  AuthFailure,
  AuthListener,
  AuthState,
  AuthStatus,
  InteractionMode,
  SignInOptions,
  SignInOutcome,
} from './auth/types.js';

export { setLocale, getLocale, resolveLocale, supportedLocales, type BtLocale } from './localization.js';
export {
  parseOpeningHours,
  openingStatus,
  type OpeningStatus,
  type ParsedOpeningHours,
  type TimeRange,
  type WeeklySchedule,
} from './contact/opening-hours.js';
export { HttpActivationService, type ActivationService } from './activation/activation-service.js';
export { type ActivationLookup, type RegenerationResult } from './activation/lookup.js';
