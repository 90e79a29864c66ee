/** A second-factor method the customer can choose. */
export type MfaMethod = 'authenticator' | 'sms';

/** Every method, in the order offered by default (the recommended one first). */
export const MFA_METHODS: readonly MfaMethod[] = ['authenticator', 'sms'];

export const isMfaMethod = (value: string | undefined): value is MfaMethod =>
  (MFA_METHODS as readonly (string | undefined)[]).includes(value);
