import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CAMILLE, leftovers, portal, provider, startE2e } from './support.mjs';

let e2e;
before(async () => {
  e2e = await startE2e();
});
after(async () => {
  await e2e?.close();
  assert.deepEqual(e2e?.problems ?? [], [], 'no CSP violation and no uncaught page error over the run');
});

const store = () => e2e.stack.idp.store;
const tokenWith = (email, status) =>
  store()
    .customer(email)
    .activations.find((activation) => store().activationStatus(activation) === status)?.token;
const landing = (page) => page.locator('bt-activation-landing');

async function openLink(token) {
  const page = await e2e.newPage();
  const lookups = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/activations/')) lookups.push(request.url());
  });
  await page.goto(`${e2e.demo}/activation.html?token=${encodeURIComponent(token)}`);
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
    assert.equal(new URL(page.url()).search, '', 'the token left the address bar');
    await page.context().close();
  });

  it('takes an expired link to a new link that works, and revokes the one before', async () => {
    const expired = tokenWith(CAMILLE.email, 'expired');
    const previous = tokenWith(CAMILLE.email, 'valid');
    const { page } = await openLink(expired);
    await landing(page).getByRole('heading', { name: 'Ce lien a expiré' }).waitFor();
    await requestNewLink(page, CAMILLE.email);
    await landing(page).getByText('Si cette adresse correspond à un client, un nouveau lien est en route.').waitFor();
    await page.context().close();

    const sent = store().data.outbox.at(-1);
    assert.equal(sent.to, CAMILLE.email);
    const old = await openLink(previous);
    await landing(old.page).getByRole('heading', { name: 'Un lien plus récent vous a été envoyé' }).waitFor();
    await old.page.context().close();

    const fresh = await openLink(sent.token);
    await landing(fresh.page).getByRole('heading', { name: 'Activez votre accès à l’Espace Client' }).waitFor();
    await landing(fresh.page)
      .getByText(/c•+\.m•+@example\.fr, valable jusqu’au/)
      .waitFor();
    await fresh.page.context().close();
  });

  it('gives the same answer for an unknown address, and limits repeated requests', async () => {
    const { page } = await openLink(tokenWith('alex.petit@example.fr', 'expired'));
    await landing(page).getByRole('heading', { name: 'Ce lien a expiré' }).waitFor();
    const posts = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/activations')) posts.push(request.url());
    });
    await requestNewLink(page, 'personne@example.fr');
    await landing(page).getByText('Si cette adresse correspond à un client, un nouveau lien est en route.').waitFor();
    assert.equal(posts.length, 1, 'one request per submission');
    for (let i = 0; i < 3; i++) {
      await page.reload();
      await requestNewLink(page, 'personne@example.fr');
    }
    await landing(page)
      .getByText(/Trop de demandes\. Réessayez dans \d+ min\./)
      .waitFor();
    await page.context().close();
  });

  it('keeps the link when the service is down, and checks it again on retry', async () => {
    const token = tokenWith('alex.petit@example.fr', 'expired');
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
    const { page } = await openLink(tokenWith(CAMILLE.email, 'valid'));
    await landing(page).getByRole('heading', { name: 'Votre mot de passe' }).waitFor();
    await landing(page).getByRole('button', { name: 'Commencer' }).click();
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
    await provider.enterEmail(page, CAMILLE.email);
    await provider.enterPassword(page, 'Un-mot-de-passe-neuf');
    await provider.approveOnPhone(page);
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
