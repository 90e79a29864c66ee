import { createContext } from '@lit/context';
import type { AuthClient } from './types.js';

/** The page's auth client, provided by `<bt-auth-provider>`. A string key works across library copies. */
export const authClientContext = createContext<AuthClient | undefined>('bt-auth-client');
