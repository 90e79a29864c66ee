// The page at the app's redirectUri runs this: it hands Microsoft's response to the window that
// started sign-in (popup, silent iframe) or back to the page that redirected. See redirect.html.
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';
import { takeSignOutPage } from './auth/departure.js';
import { forgetSessionLeftovers } from './auth/browser-traces.js';

broadcastResponseToMainFrame().catch(() => {
  // No response: back from sign-out, or opened by hand (a bookmark, a reload). In a popup or a
  // hidden iframe there is nowhere to go; the window that opened it reports the problem.
  if (window.top !== window || window.opener) return;
  const signOutPage = takeSignOutPage();
  // Back from sign-out: MSAL forgot the tokens before leaving; what it left would make every
  // later page of this tab load MSAL.
  if (signOutPage) forgetSessionLeftovers();
  location.replace(signOutPage ?? '/');
});
