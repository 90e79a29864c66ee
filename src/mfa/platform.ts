/** Where the customer reads the page: a phone of either kind, or a computer. */
export type Platform = 'ios' | 'android' | 'desktop';

interface ClientHintsNavigator {
  userAgentData?: { platform?: string; mobile?: boolean };
}

/**
 * User-agent client hints where the browser has them, the user-agent string otherwise. iPadOS
 * presents itself as a Mac: a Mac with a touch screen is an iPad.
 */
export function detectPlatform(nav: Navigator & ClientHintsNavigator = navigator): Platform {
  const hinted = nav.userAgentData?.platform?.toLowerCase();
  if (hinted === 'android') return 'android';
  if (hinted === 'ios' || hinted === 'ipados') return 'ios';
  if (hinted) return 'desktop';
  const agent = nav.userAgent;
  if (/iPhone|iPad|iPod/i.test(agent)) return 'ios';
  if (/Macintosh/i.test(agent) && nav.maxTouchPoints > 1) return 'ios';
  if (/Android/i.test(agent)) return 'android';
  return 'desktop';
}

/** Microsoft Authenticator in each store. */
export const STORE_URLS = {
  ios: 'https://apps.apple.com/app/microsoft-authenticator/id983156458',
  android: 'https://play.google.com/store/apps/details?id=com.azure.authenticator',
} as const;
