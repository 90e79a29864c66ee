import { greetOnSignIn } from './greeting.js';

/**
 * A host page that uses the sign-in button alone: it configures the provider from /config.json and
 * defines only the provider and the button, through their own entry points, as a portal would.
 */
interface HeaderPageConfig {
  clientId: string;
  authority: string;
  protocolMode?: 'AAD' | 'OIDC';
}

const config = (await (await fetch('/config.json')).json()) as HeaderPageConfig;
const provider = document.querySelector('bt-auth-provider')!;
provider.setAttribute('client-id', config.clientId);
provider.setAttribute('authority', config.authority);
provider.setAttribute('protocol-mode', config.protocolMode ?? 'AAD');
await import('../src/components/auth-provider/define.js');
await import('../src/components/signin-button/define.js');

greetOnSignIn(document.querySelector<HTMLElement>('#greeting')!);
