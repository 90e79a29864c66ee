// The development identity provider's customers, kept in a JSON file under a git-ignored folder so
// that accounts survive restarts of `npm start`. Not a database: one process, small data.
//
// Everything found by what a request says (an address, a token) lives in a `Map`: an address such
// as `__proto__`, `constructor` or `hasOwnProperty` is then an unknown address like any other, never
// a property of `Object.prototype`. The file on disk stays a plain JSON object and array.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const ACTIVATION_VALIDITY_MS = 31 * 86_400_000; // one month
export const newToken = () => randomBytes(32).toString('base64url');

/** The demo customers: invited with a valid link, invited with an expired link, signed up. */
function seed(now) {
  return {
    customers: {
      'camille.martin@example.fr': {
        email: 'camille.martin@example.fr',
        name: 'Camille Martin',
        password: null,
        mfa: null,
        activations: [
          { token: newToken(), issuedAt: now - 40 * 86_400_000, status: 'issued' },
          { token: newToken(), issuedAt: now, status: 'issued' },
        ],
      },
      'alex.petit@example.fr': {
        email: 'alex.petit@example.fr',
        name: 'Alex Petit',
        password: null,
        mfa: null,
        activations: [{ token: newToken(), issuedAt: now - 45 * 86_400_000, status: 'issued' }],
      },
      'dominique.bernard@example.fr': {
        email: 'dominique.bernard@example.fr',
        name: 'Dominique Bernard',
        password: hashPassword('Espace-Client-2026'),
        mfa: { method: 'authenticator' },
        activations: [],
      },
    },
    outbox: [],
  };
}

export function hashPassword(password) {
  const salt = randomBytes(16);
  return `${salt.toString('base64')}:${scryptSync(password, salt, 32).toString('base64')}`;
}

export function checkPassword(stored, password) {
  if (!stored) return false;
  const [salt, hash] = stored.split(':').map((part) => Buffer.from(part, 'base64'));
  const candidate = scryptSync(password, salt, 32);
  return candidate.length === hash.length && timingSafeEqual(candidate, hash);
}

/** Addresses are compared trimmed and lower-cased. */
export const normalizeEmail = (email) => String(email).trim().toLowerCase();

export class Store {
  constructor(file, now = () => Date.now()) {
    this.file = file;
    this.now = now;
    const data = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : seed(now());
    /** @type {Map<string, object>} customers by normalized address */
    this.customers = new Map();
    /** @type {Map<string, { customer: object, activation: object }>} every link by token */
    this.tokens = new Map();
    for (const customer of Object.values(data.customers ?? {})) {
      this.customers.set(normalizeEmail(customer.email), customer);
      for (const activation of customer.activations) this.tokens.set(activation.token, { customer, activation });
    }
    /** The "emails" sent: `{ to, token, link, sentAt }`, oldest first. */
    this.outbox = Array.isArray(data.outbox) ? data.outbox : [];
    this.save();
  }

  save() {
    mkdirSync(dirname(this.file), { recursive: true });
    const data = { customers: Object.fromEntries(this.customers), outbox: this.outbox };
    writeFileSync(`${this.file}.tmp`, JSON.stringify(data, null, 2));
    renameSync(`${this.file}.tmp`, this.file);
  }

  checkPassword(customer, password) {
    return checkPassword(customer.password, password);
  }

  customer(email) {
    return this.customers.get(normalizeEmail(email));
  }

  /** The activation status the widgets see: valid, expired, used or revoked. */
  activationStatus(activation) {
    if (activation.status !== 'issued') return activation.status;
    return this.now() - activation.issuedAt > ACTIVATION_VALIDITY_MS ? 'expired' : 'valid';
  }

  findActivation(token) {
    return this.tokens.get(String(token));
  }

  /** A customer may create their account while one of their links is still valid. */
  canActivate(customer) {
    return !customer.password && customer.activations.some((a) => this.activationStatus(a) === 'valid');
  }

  /**
   * Issues a new link and "emails" it (the outbox). The customer's earlier links stay valid until
   * one is used or they expire; `revokeOthers` is the behaviour of contract v1, kept only for the
   * conformance kit's tests (flaw `revokes-older-links`). `link` builds the address sent.
   */
  issueLink(customer, { revokeOthers = false, link } = {}) {
    if (revokeOthers) {
      for (const activation of customer.activations) if (activation.status === 'issued') activation.status = 'revoked';
    }
    const activation = { token: newToken(), issuedAt: this.now(), status: 'issued' };
    customer.activations.push(activation);
    this.tokens.set(activation.token, { customer, activation });
    this.outbox.push({
      to: customer.email,
      token: activation.token,
      ...(link && { link: link(activation.token) }),
      sentAt: this.now(),
    });
    this.save();
    return activation;
  }

  /** What customer service does when it withdraws a customer's links: they answer `revoked`. */
  revokeLinks(customer) {
    for (const activation of customer.activations) {
      if (this.activationStatus(activation) === 'valid') activation.status = 'revoked';
    }
    this.save();
  }

  /** The account is created: every link still valid has done its job. */
  createAccount(customer, password) {
    customer.password = hashPassword(password);
    for (const activation of customer.activations) {
      if (this.activationStatus(activation) === 'valid') activation.status = 'used';
    }
    this.save();
  }

  setMfa(customer, mfa) {
    customer.mfa = mfa;
    this.save();
  }
}
