// The page at the app's redirectUri runs this: it hands Microsoft's response to the window that
// started sign-in (popup, silent iframe) or back to the page that redirected. See redirect.html.
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

broadcastResponseToMainFrame().catch(() => {
  // Opened without a response (a bookmark, a reload): nothing to hand over; go home.
  location.replace('/');
});
