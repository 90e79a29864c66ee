import { msg, str } from '@lit/localize';
import { elide } from '../internal/elision.js';
import type { AuthAccount } from './types.js';

/** « Vous êtes connecté en tant qu’Alex Petit (alex.petit@example.fr). », elided where French elides. */
export function signedInAs(account: AuthAccount): string {
  const name = account.name || account.username;
  return elide(msg(str`Vous êtes connecté en tant que ${name} (${account.username}).`), name);
}
