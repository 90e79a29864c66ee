import { EventType, PublicClientApplication, type AuthenticationResult } from '@azure/msal-browser';
import type { SignInConfig } from './config.ts';

/**
 * The app's own MSAL client, as an app that already runs msal-react has it. The Espace Client
 * elements are given this one (`msalInstance`) and create none of their own.
 */
export async function createMsalInstance(config: SignInConfig): Promise<PublicClientApplication> {
  const instance = new PublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      knownAuthorities: config.knownAuthorities ? config.knownAuthorities.split(/[\s,]+/) : [],
      // MSAL 5 comes back through a redirect bridge, a page of this app (see redirect.html), after
      // sign-out too: it returns to the page that signed out with nothing left in its address.
      redirectUri: '/redirect.html',
      postLogoutRedirectUri: '/redirect.html',
    },
    cache: { cacheLocation: 'sessionStorage' },
    system: { protocolMode: config.protocolMode },
  });
  await instance.initialize();
  // The usual msal-react set-up: the account that signed in (with the app's button or the
  // elements') becomes the active one.
  instance.addEventCallback((event) => {
    const account = (event.payload as AuthenticationResult | null)?.account;
    if (event.eventType === EventType.LOGIN_SUCCESS && account) instance.setActiveAccount(account);
  });
  const [signedIn] = instance.getAllAccounts();
  if (!instance.getActiveAccount() && signedIn) instance.setActiveAccount(signedIn);
  return instance;
}
