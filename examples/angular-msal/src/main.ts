// Registers the Espace Client elements, creates the app's own MSAL client from the configuration
// its server sends (`/config.json`), then starts the app with msal-angular's services on it.
import '@bakertilly/espace-client-auth/define';
import { APP_BASE_HREF } from '@angular/common';
import { bootstrapApplication } from '@angular/platform-browser';
import { MSAL_INSTANCE, MsalBroadcastService, MsalService } from '@azure/msal-angular';
import { PublicClientApplication } from '@azure/msal-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';

interface SignInConfig {
  clientId: string;
  authority: string;
  knownAuthorities?: string;
  protocolMode?: 'AAD' | 'OIDC';
}

async function createMsalInstance(): Promise<PublicClientApplication> {
  const config = (await (await fetch('/config.json')).json()) as SignInConfig;
  const instance = new PublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      knownAuthorities: config.knownAuthorities ? config.knownAuthorities.split(/[\s,]+/) : [],
      // MSAL 5 comes back through a redirect bridge, here the package's prebuilt one copied as
      // assets (angular.json), after sign-out too.
      redirectUri: '/redirect.html',
      postLogoutRedirectUri: '/redirect.html',
    },
    cache: { cacheLocation: 'sessionStorage' },
    system: { protocolMode: config.protocolMode ?? 'AAD' },
  });
  await instance.initialize();
  return instance;
}

createMsalInstance()
  .then((instance) =>
    bootstrapApplication(App, {
      providers: [
        ...appConfig.providers,
        // msal-angular reads the address through Angular's Location. Given here rather than as a
        // <base href>, which a Content-Security-Policy with `base-uri 'none'` blocks.
        { provide: APP_BASE_HREF, useValue: '/' },
        { provide: MSAL_INSTANCE, useValue: instance },
        MsalService,
        MsalBroadcastService,
      ],
    }),
  )
  .catch((err) => console.error(err));
