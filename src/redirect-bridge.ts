// The page at the app's redirectUri runs this: it hands Microsoft's response to the window that
// started sign-in (popup, silent iframe) or back to the page that redirected. See redirect.html.
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';
import { clearRedirectMark } from './auth/interaction-lock.js';
import { forgetSessionLeftovers, takeSignOutPage } from './auth/round-trip.js';

const topLevel = window.top === window && !window.opener;
// Every redirect (sign-in, sign-out, a token) comes back through here: this tab no longer holds
// the other tabs off. (A tab that comes back with the Back button clears it on arrival.)
if (topLevel) clearRedirectMark();
const params = new URLSearchParams(`${location.search.slice(1)}&${location.hash.slice(1)}`);
const signInAnswer = params.has('code') || params.has('error');
// Back from a sign-out started in this tab: MSAL forgot the tokens before leaving. Return to the
// page it started from, leaving nothing of MSAL behind (else every later page would load it).
const signOutPage = topLevel && !signInAnswer ? takeSignOutPage() : undefined;
if (signOutPage) {
  forgetSessionLeftovers();
  location.replace(signOutPage);
} else {
  broadcastResponseToMainFrame().catch(() => {
    // No response: opened by hand (a bookmark, a reload). In a popup or a hidden iframe there is
    // nowhere to go; the window that opened it reports the problem.
    if (topLevel) location.replace('/');
  });
}
