import { greetOnSignIn } from './greeting.js';

/**
 * The page of the Microsoft mode: only the attributes the README shows (`client-id`, `authority`,
 * and `known-authorities` where the README says it is needed), then the elements.
 */
interface MicrosoftPageConfig {
  clientId: string;
  authority: string;
  knownAuthorities?: string[];
}

const config = (await (await fetch('/config.json')).json()) as MicrosoftPageConfig;
const provider = document.querySelector('bt-auth-provider')!;
provider.setAttribute('client-id', config.clientId);
provider.setAttribute('authority', config.authority);
if (config.knownAuthorities?.length) provider.setAttribute('known-authorities', config.knownAuthorities.join(' '));
await import('../src/define.js');

greetOnSignIn(document.querySelector<HTMLElement>('#greeting')!);
