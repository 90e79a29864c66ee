import { expect } from '@open-wc/testing';
import {
  AuthError,
  AuthErrorCodes,
  BrowserAuthError,
  BrowserAuthErrorCodes,
  BrowserConfigurationAuthErrorCodes,
  ClientAuthErrorCodes,
  ClientConfigurationErrorCodes,
  InteractionRequiredAuthError,
  InteractionRequiredAuthErrorCodes,
  ServerError,
} from '@azure/msal-browser';
import { describeAuthProblem } from '../../src/auth/describe-auth-problem.js';
import {
  describeFailure,
  PROBLEMS_BY_AADSTS,
  PROBLEMS_BY_CODE,
  type AuthProblem,
  type AuthProblemAction,
} from '../../src/auth/describe-problem.js';
import { BtAuthError, toAuthFailure } from '../../src/auth/auth-error.js';
import { GENERIC_PROBLEM_CODES } from '../../src/auth/generic-problem-codes.js';
import { setLocale } from '../../src/localization.js';

/** Every error code table `@azure/msal-browser` exports (some re-exported from msal-common). */
const MSAL_CODE_TABLES: Record<string, Readonly<Record<string, string>>> = {
  BrowserAuthErrorCodes,
  BrowserConfigurationAuthErrorCodes,
  ClientAuthErrorCodes,
  ClientConfigurationErrorCodes,
  InteractionRequiredAuthErrorCodes,
  AuthErrorCodes,
};
const MSAL_CODES = new Set(Object.values(MSAL_CODE_TABLES).flatMap((table) => Object.values(table)));

/** Every code the issue lists, with the action the user is offered. */
const CODES: Record<string, AuthProblemAction> = {
  user_cancelled: 'retry',
  access_denied: 'retry',
  popup_window_error: 'allow-popups',
  empty_window_error: 'allow-popups',
  interaction_in_progress: 'retry',
  timed_out: 'retry',
  no_network_connectivity: 'check-connection',
  post_request_failed: 'retry',
  interaction_required: 'sign-in-again',
  login_required: 'sign-in-again',
  consent_required: 'sign-in-again',
  msal_load_failed: 'retry',
  not_configured: 'contact-support',
  configuration_error: 'contact-support',
};

const AADSTS: Record<string, AuthProblemAction> = {
  '50076': 'sign-in-again',
  '50079': 'sign-in-again',
  '90072': 'use-activation-link',
  '50020': 'use-activation-link',
  '50034': 'use-activation-link',
  '50053': 'contact-support',
  '50057': 'contact-support',
  '50105': 'contact-support',
  '53003': 'contact-support',
  '700084': 'sign-in-again',
  // The faults of the Microsoft mode (demo/idp/entra-faults.mjs), with their published AADSTS numbers.
  '53004': 'contact-support',
  '65001': 'sign-in-again',
  '50058': 'sign-in-again',
  '70043': 'sign-in-again',
  '700016': 'contact-support',
  '50011': 'contact-support',
};

const PERSONAL = 'jean.dupont@example.fr';

/** The fallback title for failures the tables do not know, in each locale. */
const GENERIC_TITLE = { fr: 'Connexion impossible', en: 'Cannot sign in' };

for (const locale of ['fr', 'en'] as const) {
  describe(`describeAuthProblem in ${locale}`, () => {
    before(() => setLocale(locale));
    after(() => setLocale('fr'));

    const generic = () => describeAuthProblem({ errorCode: 'no_such_code' });

    /** A description of its own, in the active locale, not the generic one. */
    function expectOwnWords(problem: AuthProblem, key: string) {
      expect(problem.title, key).to.be.a('string').and.not.empty;
      expect(problem.title, key).not.to.equal(GENERIC_TITLE[locale]);
      expect(problem.title, key).not.to.equal(generic().title);
      expect(problem.message, key).to.be.a('string').and.not.empty;
      expect(problem.message, key).not.to.equal(generic().message);
      expect(problem.message, key).not.to.match(/undefined|https?:/);
      if (locale === 'en') {
        // The English catalogue has every entry: no French source text shows through.
        expect(`${problem.title} ${problem.message}`, key).not.to.match(/[éèàùç]|\bla\b|\bvotre\b/i);
      }
    }

    it('falls back to the generic title for an unknown code', () => {
      expect(generic().title).to.equal(GENERIC_TITLE[locale]);
      expect(describeFailure({ code: 'no_such_code', aadsts: '11111' }).title).to.equal(GENERIC_TITLE[locale]);
    });

    it('describes every code of the table in its own words', () => {
      const codes = Object.keys(PROBLEMS_BY_CODE);
      expect(codes).to.include.members(Object.keys(CODES));
      for (const code of codes) {
        const problem = describeFailure({ code, correlationId: 'corr-1' });
        expect(problem.code, code).to.equal(code);
        expectOwnWords(problem, code);
        expect(problem.correlationId, code).to.equal('corr-1');
      }
    });

    it('describes every AADSTS number of the table in its own words, whatever the code', () => {
      const numbers = Object.keys(PROBLEMS_BY_AADSTS);
      expect(numbers).to.include.members(Object.keys(AADSTS));
      for (const aadsts of numbers) {
        const problem = describeFailure({ code: 'invalid_grant', aadsts });
        expect(problem.code, aadsts).to.equal(`aadsts_${aadsts}`);
        expectOwnWords(problem, aadsts);
        // The number takes precedence over a code the table knows.
        expect(describeFailure({ code: 'user_cancelled', aadsts }).code, aadsts).to.equal(`aadsts_${aadsts}`);
      }
    });

    for (const [code, action] of Object.entries(CODES)) {
      it(`describes ${code}`, () => {
        const problem = describeAuthProblem(new BrowserAuthError(code, 'corr-1'));
        expect(problem.code).to.equal(code);
        expect(problem.action).to.equal(action);
        expect(problem.title).to.be.a('string').and.not.empty;
        expect(problem.title).not.to.equal(generic().title);
        expect(problem.message).not.to.match(/undefined|https?:/);
      });
    }

    for (const [number, action] of Object.entries(AADSTS)) {
      it(`describes AADSTS${number} from a server error`, () => {
        const error = new ServerError(
          'invalid_grant',
          'corr-1',
          `AADSTS${number}: message about ${PERSONAL}`,
          '',
          number,
        );
        const problem = describeAuthProblem(error);
        expect(problem.code).to.equal(`aadsts_${number}`);
        expect(problem.action).to.equal(action);
        expect(problem.title).not.to.equal(generic().title);
        expect(`${problem.title} ${problem.message}`).not.to.contain(PERSONAL);
      });
    }

    it('describes an unknown error generically, quoting the code and correlation id', () => {
      const problem = describeAuthProblem(new BrowserAuthError('some_new_code', 'corr-7', `about ${PERSONAL}`));
      expect(problem.code).to.equal('some_new_code');
      expect(problem.action).to.equal('retry');
      expect(problem.message).to.contain('some_new_code');
      const withCorrelation = describeAuthProblem({ errorCode: 'x_y', correlationId: 'abc-123' });
      expect(withCorrelation.message).to.contain('x_y / abc-123');
      expect(withCorrelation.correlationId).to.equal('abc-123');
    });

    it('never shows undefined, raw text or personal data, whatever was thrown', () => {
      for (const thrown of [undefined, null, 42, 'raw text', new Error(PERSONAL), { errorCode: '<img src=x>' }, {}]) {
        const problem = describeAuthProblem(thrown);
        const text = `${problem.title} ${problem.message}`;
        expect(problem.code).to.equal('unknown_error');
        expect(text).not.to.match(/undefined|null|<img|raw text/);
        expect(text).not.to.contain(PERSONAL);
      }
    });

    for (const [name, table] of Object.entries(MSAL_CODE_TABLES)) {
      it(`describes every code of MSAL's ${name}, or lists it among the reviewed generic ones`, () => {
        const codes = Object.values(table);
        expect(codes, name).not.to.be.empty;
        const undecided: string[] = [];
        for (const code of codes) {
          // The way a real MSAL error reaches the description.
          const problem = describeAuthProblem(new AuthError(code, 'corr-1'));
          const specific = Object.hasOwn(PROBLEMS_BY_CODE, code.toLowerCase());
          const generic = Object.hasOwn(GENERIC_PROBLEM_CODES, code);
          if (specific === generic) {
            undecided.push(code);
            continue;
          }
          expect(problem.code, code).to.equal(code.toLowerCase());
          if (specific) {
            expectOwnWords(problem, code);
          } else {
            expect(problem.title, code).to.equal(GENERIC_TITLE[locale]);
            expect(problem.message, code).to.contain(code.toLowerCase());
          }
        }
        // A code MSAL added (neither) or one decided twice (both): describe it, or list it with its reason.
        expect(
          undecided,
          `${name}: codes in neither or both of PROBLEMS_BY_CODE and GENERIC_PROBLEM_CODES`,
        ).to.deep.equal([]);
      });
    }

    it('uses French typography in French', () => {
      if (locale !== 'fr') return;
      const message = generic().message;
      expect(message).to.contain('Réessayez\u00a0;');
      expect(message).to.contain('référence\u00a0:');
    });
  });
}

describe('the reviewed list of MSAL codes described generically', () => {
  it('lists only codes MSAL still exports, each with its reason', () => {
    const gone = Object.keys(GENERIC_PROBLEM_CODES).filter((code) => !MSAL_CODES.has(code));
    expect(gone, 'codes MSAL no longer exports: remove them').to.deep.equal([]);
    for (const [code, reason] of Object.entries(GENERIC_PROBLEM_CODES)) {
      expect(reason.trim(), code).to.have.length.above(10);
    }
  });

  it('keeps the table of descriptions in lower case, as toAuthFailure reads codes', () => {
    expect(Object.keys(PROBLEMS_BY_CODE).filter((code) => code !== code.toLowerCase())).to.deep.equal([]);
  });
});

describe('toAuthFailure', () => {
  it('keeps codes, the AADSTS number and the correlation id, and drops messages', () => {
    const failure = toAuthFailure(
      new ServerError('invalid_grant', 'corr-9', `AADSTS50076: ${PERSONAL}`, 'basic_action'),
    );
    expect(failure).to.deep.equal({ code: 'invalid_grant', aadsts: '50076', correlationId: 'corr-9' });
  });

  it('reads interaction-required errors and the library’s own', () => {
    expect(toAuthFailure(new InteractionRequiredAuthError('login_required', 'corr-2')).code).to.equal('login_required');
    expect(toAuthFailure(new BtAuthError({ code: 'timed_out' }))).to.deep.equal({ code: 'timed_out' });
  });

  it('prefers the errorNo of a server error over its message', () => {
    expect(toAuthFailure(new ServerError('invalid_grant', 'corr-3', 'AADSTS1', '', '53003')).aadsts).to.equal('53003');
  });
});
