import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Registers the elements before React creates them, so that React sets their properties (React 19
// sets a property when the element has it, an attribute otherwise).
import '@bakertilly/espace-client-auth/auth-provider';
import '@bakertilly/espace-client-auth/signin-button';
import '@bakertilly/espace-client-auth/mfa-method-chooser';
import '@bakertilly/espace-client-auth/lost-phone-card';
import '@bakertilly/espace-client-auth/signin-faq';
// JSX typings of the `bt-*` elements, generated from the library's custom-elements.json.
import type {} from '@bakertilly/espace-client-auth/react';
import { App } from './App.tsx';
import { loadConfig } from './config.ts';

void loadConfig().then((config) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App config={config} />
    </StrictMode>,
  );
});
