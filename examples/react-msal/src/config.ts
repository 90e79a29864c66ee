/**
 * The sign-in configuration. The server sends it at run time (`/config.json`), so that one build
 * serves every environment; `public/config.json` is the placeholder for a Microsoft Entra tenant.
 */
export interface SignInConfig {
  clientId: string;
  authority: string;
  knownAuthorities: string;
  protocolMode: 'AAD' | 'OIDC';
}

export async function loadConfig(): Promise<SignInConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`/config.json: HTTP ${response.status}`);
  return (await response.json()) as SignInConfig;
}
