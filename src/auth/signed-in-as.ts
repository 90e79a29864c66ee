import { msg, str } from '@lit/localize';
import type { AuthAccount } from './types.js';

/**
 * « Compte connecté : Alex Petit (alex.petit@example.fr). »: the account is what is signed in, so
 * the words do not depend on who reads them (never « connecté » or « connectée »).
 */
export function signedInAs(account: AuthAccount): string {
  const name = account.name || account.username;
  return msg(str`Compte connecté : ${name} (${account.username}).`);
}
