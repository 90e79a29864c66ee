// The development identity provider's customers, kept in a JSON file under a git-ignored folder so
// that accounts survive restarts of `npm start`. Not a database: one process, small data.
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

export class Store {
  constructor(file, now = () => Date.now()) {
    this.file = file;
    this.now = now;
    this.data = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : seed(now());
    this.save();
  }

  save() {
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(`${this.file}.tmp`, JSON.stringify(this.data, null, 2));
    renameSync(`${this.file}.tmp`, this.file);
  }

  checkPassword(customer, password) {
    return checkPassword(customer.password, password);
  }

  customer(email) {
    return this.data.customers[String(email).trim().toLowerCase()];
  }

  /** The activation status the widgets see: valid, expired, used or revoked. */
  activationStatus(activation) {
    if (activation.status !== 'issued') return activation.status;
    return this.now() - activation.issuedAt > ACTIVATION_VALIDITY_MS ? 'expired' : 'valid';
  }

  findActivation(token) {
    for (const customer of Object.values(this.data.customers)) {
      const activation = customer.activations.find((candidate) => candidate.token === token);
      if (activation) return { customer, activation };
    }
    return undefined;
  }

  /** A customer may create their account while one of their links is still valid. */
  canActivate(customer) {
    return !customer.password && customer.activations.some((a) => this.activationStatus(a) === 'valid');
  }

  /** Issues a new link and revokes the previous ones; the "email" goes to the outbox. */
  regenerate(customer) {
    for (const activation of customer.activations) if (activation.status === 'issued') activation.status = 'revoked';
    const activation = { token: newToken(), issuedAt: this.now(), status: 'issued' };
    customer.activations.push(activation);
    this.data.outbox.push({ to: customer.email, token: activation.token, sentAt: this.now() });
    this.save();
    return activation;
  }

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
