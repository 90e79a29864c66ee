// Registers the Espace Client elements in the browser (the server renders them as empty shells),
// then starts the app, which hydrates the prerendered page.
import '@bakertilly/espace-client-auth/define';
import { bootstrapApplication } from '@angular/platform-browser';
import { appConfig } from './app/app.config';
import { App } from './app/app';

bootstrapApplication(App, appConfig).catch((err) => console.error(err));
