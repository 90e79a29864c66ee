// The only parts of MSAL the library uses. Importing them by name (not the whole namespace) lets
// bundlers leave the rest of MSAL out of the chunk loaded when sign-in starts.
export {
  EventType,
  InteractionRequiredAuthError,
  NavigationClient,
  PublicClientApplication,
} from '@azure/msal-browser';
