import { createApp } from 'vue';
// Registers the elements before Vue creates them, so that Vue sets their properties.
import '@bakertilly/espace-client-auth/auth-provider';
import '@bakertilly/espace-client-auth/signin-button';
import '@bakertilly/espace-client-auth/mfa-method-chooser';
import '@bakertilly/espace-client-auth/lost-phone-card';
import '@bakertilly/espace-client-auth/signin-faq';
import App from './App.vue';
import { loadConfig } from './config.ts';

void loadConfig().then((config) => createApp(App, { config }).mount('#app'));
