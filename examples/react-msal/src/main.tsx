import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MsalProvider } from '@azure/msal-react';
// Registers the elements before React creates them, so that React sets their properties.
import '@bakertilly/espace-client-auth/auth-provider';
import '@bakertilly/espace-client-auth/signin-button';
// JSX typings of the `bt-*` elements, generated from the library's custom-elements.json.
import type {} from '@bakertilly/espace-client-auth/react';
import { App } from './App.tsx';
import { loadConfig } from './config.ts';
import { createMsalInstance } from './msal.ts';

void loadConfig()
  .then(createMsalInstance)
  .then((instance) => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        {/* msal-react handles the redirect response; the elements share that one result. */}
        <MsalProvider instance={instance}>
          <App />
        </MsalProvider>
      </StrictMode>,
    );
  });
