// The faults a customer can meet at Microsoft Entra, injected by the Microsoft mode of the
// development provider in Entra's format (demo/idp/entra-faults.mjs, each AADSTS number from
// Microsoft's published error reference), carried through real MSAL in its default mode to what
// the customer sees on the README page.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ENTRA_FAULTS } from '../../demo/idp/entra-faults.mjs';
import { ENTRA_CLIENT_ID, ENTRA_HOST, ENTRA_TENANT } from '../../demo/idp/entra.mjs';
import { DOMINIQUE, portal } from './support.mjs';
import { microsoftPage, useMicrosoftE2e } from './microsoft-mode-support.mjs';

const e2e = useMicrosoftE2e({
  entra: { clientId: ENTRA_CLIENT_ID, authority: `https://${ENTRA_HOST}/${ENTRA_TENANT.id}` },
});

/** What the customer reads for each fault that comes back to the page (French, the default). */
const SEEN = {
  'mfa-required': 'Confirmation sur votre téléphone requise',
  'mfa-registration-required': 'Double authentification à configurer',
  'mfa-registration-blocked': 'Double authentification impossible à configurer',
  'conditional-access-blocked': 'Accès bloqué par une règle de sécurité',
  'guest-not-in-tenant': 'Compte pas encore activé',
  'guest-not-invited': 'Compte pas encore activé',
  'not-assigned': 'Accès non attribué',
  'account-disabled': 'Compte désactivé',
  'account-locked': 'Compte temporairement bloqué',
  'consent-required': 'Autorisation nécessaire',
  'spa-session-expired': 'Session expirée',
  'sign-in-frequency': 'Session expirée',
  'interaction-required': 'Session expirée',
};

async function startSignIn() {
  const page = await e2e.newPage();
  await page.goto(`${e2e.origins.entra}/microsoft.html`);
  await portal.signInButton(page).click();
  await page.waitForURL(`https://${ENTRA_HOST}/${ENTRA_TENANT.id}/oauth2/v2.0/authorize?**`);
  return page;
}

describe('Entra faults, through MSAL, to what the customer sees', () => {
  it('has a described outcome for every fault of the table', () => {
    assert.deepEqual(
      Object.keys(ENTRA_FAULTS)
        .filter((name) => ENTRA_FAULTS[name].at !== 'page')
        .sort(),
      Object.keys(SEEN).sort(),
    );
  });

  for (const [name, title] of Object.entries(SEEN)) {
    const fault = ENTRA_FAULTS[name];
    it(`${fault.category} (AADSTS${fault.code}, ${fault.at}): « ${title} »`, async () => {
      const page = await startSignIn();
      const stop = e2e.entra.fault(name);
      try {
        await microsoftPage.signIn(page, DOMINIQUE);
        await page.waitForURL(`${e2e.origins.entra}/microsoft.html`);
        await portal.problem(page).getByText(title).waitFor();
        const alert = await portal.problem(page).textContent();
        assert.doesNotMatch(alert ?? '', /AADSTS\d+:|Trace ID|@example\.fr/, 'no raw Entra message nor address shown');
      } finally {
        stop();
        await page.context().close();
      }
    });
  }

  for (const name of ['unknown-client', 'wrong-redirect-uri']) {
    const fault = ENTRA_FAULTS[name];
    it(`${fault.category}: Microsoft's own page says AADSTS${fault.code}, nothing returns to the application`, async () => {
      const stop = e2e.entra.fault(name);
      try {
        const page = await e2e.newPage();
        await page.goto(`${e2e.origins.entra}/microsoft.html`);
        await portal.signInButton(page).click();
        await page.waitForURL(`https://${ENTRA_HOST}/**`);
        await page.getByText(`AADSTS${fault.code}:`).waitFor();
        await page.context().close();
      } finally {
        stop();
      }
    });
  }
});
