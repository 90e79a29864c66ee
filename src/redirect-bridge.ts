// The page at the app's redirectUri runs this: it hands Microsoft's response to the window that
// started sign-in (popup, silent iframe) or back to the page that redirected. See redirect.html.
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

broadcastResponseToMainFrame().catch(() => {
  // Opened by hand without a response (a bookmark, a reload): go home. In a popup or a hidden
  // iframe there is nowhere to go; the window that opened it reports the problem.
  if (window.top === window && !window.opener) location.replace('/');
});
