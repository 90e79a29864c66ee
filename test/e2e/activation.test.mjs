import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALEX, CAMILLE, leftovers, portal, provider, useE2e } from './support.mjs';

const e2e = useE2e();

const store = () => e2e.stack.idp.store;
const landing = (page) => page.locator('bt-activation-landing');

/** The last link "emailed" to `email` after `count` outbox entries: the work follows the 202, so it is awaited. */
async function sentAfter(count, email) {
  for (let i = 0; i < 100; i++) {
    const sent = store()
      .outbox.slice(count)
      .findLast((entry) => entry.to === email);
    if (sent) return sent;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no link sent to ${email}`);
}

async function openLink(token) {
  const page = await e2e.newPage();
  const lookups = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/activations/')) lookups.push(request.url());
  });
  // Invitation links carry the token in the fragment, which never reaches a server.
  await page.goto(`${e2e.demo}/activation.html#token=${encodeURIComponent(token)}`);
  return { page, lookups };
}

async function requestNewLink(page, email) {
  await landing(page).getByLabel('Votre adresse e-mail').fill(email);
  await landing(page).getByRole('button', { name: 'Recevoir un nouveau lien' }).click();
}

describe('activation links', () => {
  it('refuses a malformed link without asking the service, and removes it from the address bar', async () => {
    const { page, lookups } = await openLink('not-a-valid-token!');
    await landing(page).getByRole('heading', { name: 'Ce lien n’est pas valide' }).waitFor();
    assert.deepEqual(lookups, [], 'a malformed token is never sent');
    assert.doesNotMatch(page.url(), /token=/, 'the token left the address bar');
    await page.context().close();
  });

  it('takes an expired link to a new link that works, and keeps the one before valid', async () => {
    const expired = e2e.tokenOf(CAMILLE.email, 'expired');
    const previous = e2e.tokenOf(CAMILLE.email, 'valid');
    const before = store().outbox.length;
    const { page, lookups } = await openLink(expired);
    await landing(page).getByRole('heading', { name: 'Ce lien a expiré' }).waitFor();
    await requestNewLink(page, CAMILLE.email);
    await landing(page)
      .getByText(/correspond à un client, un nouveau lien est en route/)
      .waitFor();
    await page.context().close();
    assert.ok(lookups.length > 0 && !lookups.some((url) => url.includes(expired)), 'the token is never in a URL');

    const sent = await sentAfter(before, CAMILLE.email);
    assert.notEqual(sent.token, previous);
    assert.match(
      sent.link,
      /\/activation\.html#token=[A-Za-z0-9_-]{43}$/,
      'the link sent carries the token in its fragment',
    );
    // A request for a new link never invalidates a link still valid.
    const old = await openLink(previous);
    await landing(old.page).getByRole('heading', { name: 'Activez votre accès à l’Espace Client' }).waitFor();
    await old.page.context().close();

    const fresh = await openLink(sent.token);
    await landing(fresh.page).getByRole('heading', { name: 'Activez votre accès à l’Espace Client' }).waitFor();
    // The masked address may be shown apart from the sentence (with words for screen readers).
    const details = landing(fresh.page).locator('[part~="details"]');
    await details.getByText(/valable jusqu’au/).waitFor();
    assert.match(await details.innerText(), /c•+\.m•+@example\.fr/);
    await fresh.page.context().close();
  });

  it('gives the same answer for an unknown address, and limits repeated requests', async () => {
    const { page } = await openLink(e2e.tokenOf('alex.petit@example.fr', 'expired'));
    await landing(page).getByRole('heading', { name: 'Ce lien a expiré' }).waitFor();
    const posts = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/activations')) posts.push(request.url());
    });
    await requestNewLink(page, 'personne@example.fr');
    await landing(page)
      .getByText(/correspond à un client, un nouveau lien est en route/)
      .waitFor();
    assert.equal(posts.length, 1, 'one request per submission');
    for (let i = 0; i < 3; i++) {
      await page.reload();
      await requestNewLink(page, 'personne@example.fr');
    }
    await landing(page)
      .getByText(/Trop de demandes\. Réessayez dans \d+\u00a0min\./)
      .waitFor();
    await page.context().close();
  });

  it('keeps the link when the service is down, and checks it again on retry', async () => {
    const token = e2e.tokenOf('alex.petit@example.fr', 'expired');
    await e2e.stack.stopIdp();
    let page;
    try {
      ({ page } = await openLink(token));
      await landing(page).getByRole('heading', { name: 'Vérification impossible pour le moment' }).waitFor();
    } finally {
      await e2e.stack.startIdp();
    }
    await landing(page).getByRole('button', { name: 'Réessayer' }).click();
    await landing(page).getByRole('heading', { name: 'Ce lien a expiré' }).waitFor();
    await page.context().close();
  });

  it('takes a valid link through account creation and the second factor to the signed-in portal, then signs in again', async () => {
    const { page } = await openLink(e2e.tokenOf(CAMILLE.email, 'valid'));
    await landing(page).getByRole('heading', { name: 'Votre mot de passe' }).waitFor();
    await landing(page).getByRole('button', { name: 'Activer mon accès' }).click();
    await page.waitForURL(`${e2e.idp}/interaction/**`);
    assert.equal(
      await page.getByLabel('Adresse e-mail').inputValue(),
      CAMILLE.email,
      'the login hint fills the address',
    );
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByRole('heading', { name: 'Créez votre compte Microsoft' }).waitFor();
    await provider.createAccount(page, 'Un-mot-de-passe-neuf');
    await page.getByRole('heading', { name: 'Protégez votre compte' }).waitFor();
    await provider.registerAuthenticator(page);
    await page.waitForURL(`${e2e.demo}/`);
    await portal.accountButton(page, CAMILLE.name).waitFor();
    const { url, localStorageMsalKeys } = await leftovers(page);
    assert.doesNotMatch(url, /[?#&](code|state|token)=/);
    assert.deepEqual(localStorageMsalKeys, []);

    await portal.signOut(page, CAMILLE.name);
    await provider.confirmSignOut(page);
    await portal.signInButton(page).click();
    await provider.signInWithAuthenticator(page, { email: CAMILLE.email, password: 'Un-mot-de-passe-neuf' });
    await portal.accountButton(page, CAMILLE.name).waitFor();

    // The link has done its job.
    const used = await openLink(
      store()
        .customer(CAMILLE.email)
        .activations.find((a) => a.status === 'used').token,
    );
    await landing(used.page).getByRole('heading', { name: 'Votre compte est déjà activé' }).waitFor();
    await used.page.context().close();
    await page.context().close();
  });
});

describe('the onboarding journey', () => {
  /** Presses Tab until the focused element (through shadow roots) has this accessible text. */
  async function tabTo(page, text) {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        const label = active?.closest?.('.option')?.querySelector('.name')?.textContent ?? active?.textContent ?? '';
        return label.replace(/\s+/g, ' ').trim();
      });
      if (focused === text) return;
    }
    throw new Error(`Tab never reached “${text}”`);
  }

  it('is completed with the keyboard alone, from the link to signed in', async () => {
    await e2e.resetSecondFactor(ALEX.email).catch(() => undefined);
    const request = await e2e.newPage();
    const before = store().outbox.length;
    await request.goto(`${e2e.demo}/activation.html#token=${e2e.tokenOf(ALEX.email, 'expired')}`);
    await requestNewLink(request, ALEX.email);
    await landing(request)
      .getByText(/correspond à un client/)
      .waitFor();
    await request.context().close();
    const { token } = await sentAfter(before, ALEX.email);

    const page = await e2e.newPage();
    await page.goto(`${e2e.demo}/journey.html#token=${token}`);
    const journey = page.locator('bt-onboarding-journey');
    await journey.getByRole('button', { name: 'Activer mon accès' }).waitFor();
    await tabTo(page, 'Activer mon accès');
    await page.keyboard.press('Enter');
    await journey.getByRole('heading', { name: 'Avez-vous déjà un compte Microsoft\u00a0?' }).waitFor();
    await page.keyboard.press('Tab'); // the first answer
    await page.keyboard.press('ArrowDown'); // "Non"
    await tabTo(page, 'Continuer');
    await page.keyboard.press('Enter');
    await journey.getByRole('heading', { name: 'Votre mot de passe' }).waitFor();
    await tabTo(page, 'Continuer');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Application Microsoft Authenticator');
    await page.keyboard.press('Space');
    await tabTo(page, 'Continuer');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Continuer vers Microsoft');
    await page.keyboard.press('Enter');

    // Microsoft's steps, on the development provider's pages, with the keyboard too.
    await page.waitForURL(`${e2e.idp}/interaction/**`);
    await page.getByLabel('Adresse e-mail').waitFor();
    await page.keyboard.press('Tab'); // the address, filled in from the activation link
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'email');
    await page.keyboard.press('Enter');
    await page.getByLabel('Nouveau mot de passe').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Alex-Petit-2026');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Alex-Petit-2026');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Protégez votre compte' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Simuler la validation sur le téléphone' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await page.waitForURL(`${e2e.demo}/journey.html`);
    await journey.getByRole('heading', { name: 'C’est fait\u00a0!' }).waitFor();
    await journey.getByText('alex.petit@example.fr').waitFor();
    await page.context().close();
  });
});
