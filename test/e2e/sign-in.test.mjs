import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALEX, CAMILLE, DOMINIQUE, closed, leftovers, portal, provider, useE2e } from './support.mjs';

const e2e = useE2e();

async function expectCleanUrlAndStorage(page) {
  const { url, localStorageMsalKeys } = await leftovers(page);
  assert.doesNotMatch(
    url,
    /[?#&](code|id_token|access_token|refresh_token|state|client_info)=/,
    `no response left in ${url}`,
  );
  assert.deepEqual(localStorageMsalKeys, [], 'nothing of MSAL in localStorage');
}

async function signInWithPopup(page) {
  const [popup] = await Promise.all([page.waitForEvent('popup'), portal.signInButton(page).click()]);
  await popup.waitForURL(`${e2e.idp}/interaction/**`);
  return popup;
}

describe('sign-in with a redirect', () => {
  it('signs in with email, password and the second factor, then signs out', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.demo}/`);
    await portal.signInButton(page).click();
    await page.waitForURL(`${e2e.idp}/interaction/**`);
    await provider.signInWithAuthenticator(page, DOMINIQUE);
    await page.waitForURL(`${e2e.demo}/`);
    await portal.accountButton(page, DOMINIQUE.name).waitFor();
    await page.getByText(`Bienvenue, ${DOMINIQUE.name}.`).waitFor();
    await expectCleanUrlAndStorage(page);

    await portal.signOut(page, DOMINIQUE.name);
    await page.waitForURL(`${e2e.idp}/session/end**`);
    await provider.confirmSignOut(page);
    await page.waitForURL(`${e2e.demo}/`);
    await portal.signInButton(page).waitFor();
    await expectCleanUrlAndStorage(page);
    await page.context().close();
  });

  it('comes back with a described problem when the customer cancels at the provider, and can retry', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.demo}/`);
    await portal.signInButton(page).click();
    await page.waitForURL(`${e2e.idp}/interaction/**`);
    await provider.cancel(page);
    await page.waitForURL(`${e2e.demo}/`);
    await portal.problem(page).getByText('Connexion annulée').waitFor();
    await expectCleanUrlAndStorage(page);
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await page.waitForURL(`${e2e.idp}/interaction/**`);
    await page.context().close();
  });

  it('sends a customer who has not activated the account to the activation link', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.demo}/`);
    await portal.signInButton(page).click();
    await page.waitForURL(`${e2e.idp}/interaction/**`);
    await provider.enterEmail(page, ALEX.email);
    await page.getByRole('heading', { name: 'Compte pas encore activé' }).waitFor();
    await page.getByRole('button', { name: 'Revenir à l’Espace Client' }).click();
    await page.waitForURL(`${e2e.demo}/`);
    await portal.problem(page).getByText('Compte pas encore activé').waitFor();
    await page.getByRole('button', { name: 'Fermer' }).click();
    await portal.signInButton(page).waitFor();
    await page.context().close();
  });

  it('says the provider is unreachable when it is down, and works again once it is back', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.demo}/`);
    await portal.signInButton(page).waitFor();
    await e2e.stack.stopIdp();
    try {
      await portal.signInButton(page).click();
      await portal.problem(page).getByText('Service de connexion injoignable').waitFor();
    } finally {
      await e2e.stack.startIdp();
    }
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await page.waitForURL(`${e2e.idp}/interaction/**`);
    await page.context().close();
  });

  it('says when the device is offline and signs in once the network is back', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.demo}/`);
    await portal.signInButton(page).waitFor();
    await page.context().setOffline(true);
    await page.getByText('Hors ligne\u00a0: la connexion sera possible dès le retour du réseau.').waitFor();
    assert.equal(await portal.signInButton(page).getAttribute('aria-disabled'), 'true');
    await page.context().setOffline(false);
    await page.waitForFunction(() => navigator.onLine);
    await portal.signInButton(page).click();
    await page.waitForURL(`${e2e.idp}/interaction/**`);
    await page.context().close();
  });

  it('asks for a new second factor after customer service reset it (lost phone)', async () => {
    await e2e.resetSecondFactor(DOMINIQUE.email);
    const page = await e2e.newPage();
    await page.goto(`${e2e.demo}/`);
    await portal.signInButton(page).click();
    await provider.enterEmail(page, DOMINIQUE.email);
    await provider.enterPassword(page, DOMINIQUE.password);
    await page.getByRole('heading', { name: 'Protégez votre compte' }).waitFor();
    await provider.registerAuthenticator(page);
    await page.waitForURL(`${e2e.demo}/`);
    await portal.accountButton(page, DOMINIQUE.name).waitFor();
    await page.context().close();
  });
});

describe('sign-in with a popup', () => {
  it('creates the account, registers SMS, signs out, and signs in again with the SMS code', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.demo}/?interaction=popup`);
    let popup = await signInWithPopup(page);
    await provider.enterEmail(popup, CAMILLE.email);
    await popup.getByRole('heading', { name: 'Créez votre compte Microsoft' }).waitFor();
    await provider.createAccount(popup, 'Mon-ancien-mot-de-passe');
    await provider.registerSms(popup, '06 12 34 56 78');
    await closed(popup);
    await portal.accountButton(page, CAMILLE.name).waitFor();
    await expectCleanUrlAndStorage(page);

    const [logout] = await Promise.all([page.waitForEvent('popup'), portal.signOut(page, CAMILLE.name)]);
    await provider.confirmSignOut(logout);
    await closed(logout);
    await portal.signInButton(page).waitFor();

    popup = await signInWithPopup(page);
    await provider.enterEmail(popup, CAMILLE.email);
    await provider.enterPassword(popup, 'Mon-ancien-mot-de-passe');
    await provider.enterSmsCode(popup);
    await closed(popup);
    await portal.accountButton(page, CAMILLE.name).waitFor();
    await expectCleanUrlAndStorage(page);
    await page.context().close();
  });

  it('says a sign-in is under way on a second click, and completes the first', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.demo}/?interaction=popup`);
    const popup = await signInWithPopup(page);
    // The busy button stays focusable and clickable (aria-disabled), as a customer may click again.
    await page.getByRole('button', { name: 'Connexion…' }).click({ force: true });
    await page
      .getByText('Une connexion est déjà en cours\u00a0: terminez-la dans la fenêtre Microsoft, ou recommencez.')
      .waitFor();
    await page.getByRole('button', { name: 'Annuler et recommencer' }).waitFor();
    assert.equal(page.context().pages().length, 2, 'no second popup');
    await provider.signInWithAuthenticator(popup, DOMINIQUE);
    await portal.accountButton(page, DOMINIQUE.name).waitFor();
    await page.context().close();
  });

  it('reports a closed popup as a cancelled sign-in, and opens a new one on retry', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.demo}/?interaction=popup`);
    const popup = await signInWithPopup(page);
    // The customer starts, then gives up and closes the window.
    await provider.enterEmail(popup, DOMINIQUE.email);
    await popup.getByLabel('Mot de passe').waitFor();
    await popup.close();
    await portal.problem(page).getByText('Connexion annulée').waitFor();
    const [again] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Réessayer' }).click(),
    ]);
    await again.waitForURL(`${e2e.idp}/interaction/**`);
    await page.context().close();
  });

  it('continues with a redirect when the browser blocks the popup', async () => {
    const page = await e2e.newPage();
    await page.addInitScript(() => {
      window.open = () => null;
    });
    await page.goto(`${e2e.demo}/?interaction=popup`);
    await portal.signInButton(page).click();
    await page.waitForURL(`${e2e.idp}/interaction/**`);
    await provider.signInWithAuthenticator(page, DOMINIQUE);
    await page.waitForURL(`${e2e.demo}/?interaction=popup`);
    await portal.accountButton(page, DOMINIQUE.name).waitFor();
    await page.context().close();
  });

  it('asks to allow popups when the fallback is off', async () => {
    const page = await e2e.newPage();
    await page.addInitScript(() => {
      window.open = () => null;
    });
    await page.goto(`${e2e.demo}/?interaction=popup&fallback=none`);
    await portal.signInButton(page).click();
    await portal.problem(page).getByText('Fenêtre de connexion bloquée').waitFor();
    await page.getByRole('button', { name: 'Réessayer' }).waitFor();
    await page.context().close();
  });
});

describe('strict Content-Security-Policy', () => {
  it('runs every element, in both languages, with Trusted Types and no violation', async () => {
    const page = await e2e.newPage();
    const response = await page.goto(`${e2e.demo}/all-elements.html`);
    const csp = response.headers()['content-security-policy'];
    assert.match(csp, /require-trusted-types-for 'script'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    // The QR codes (loaded on demand) and the FAQ (loaded on demand) are drawn.
    await page.locator('bt-mfa-method-chooser svg[part~="qr-code"]').first().waitFor();
    await page.locator('bt-signin-faq details').first().waitFor();
    await page.locator('bt-onboarding-journey').getByText('Besoin d’aide').click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Lost or stolen phone?' }).waitFor();
    // The demo page's own words switch too.
    await page.getByRole('heading', { name: 'Every element', level: 1 }).waitFor();
    assert.equal(await page.title(), 'Espace Client — every element');
    // Two frames later, what the English strings drew has been rendered and styled.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    assert.deepEqual(e2e.problems, [], 'no CSP violation and no uncaught page error');
    await page.context().close();
  });
});

/** Two tabs of one browser on `path`, both ready to sign in. */
async function twoTabs(path) {
  const first = await e2e.newPage();
  await first.goto(`${e2e.demo}${path}`);
  const second = await first.context().newPage();
  await second.goto(`${e2e.demo}${path}`);
  await portal.signInButton(second).waitFor();
  return [first, second];
}

describe('several tabs', () => {
  it('follows a sign-in made in another tab, silently', async () => {
    const [first, second] = await twoTabs('/?interaction=popup');
    const [popup] = await Promise.all([first.waitForEvent('popup'), portal.signInButton(first).click()]);
    await provider.signInWithAuthenticator(popup, DOMINIQUE);
    await portal.accountButton(first, DOMINIQUE.name).waitFor();
    // The other tab signs in with the provider's session, in a hidden iframe, without a click.
    await portal.accountButton(second, DOMINIQUE.name).waitFor();
    await first.context().close();
  });

  it('a tab told that a popup sign-in is under way elsewhere follows it', async () => {
    const [first, second] = await twoTabs('/?interaction=popup');
    const [popup] = await Promise.all([first.waitForEvent('popup'), portal.signInButton(first).click()]);
    await popup.getByLabel('Adresse e-mail').waitFor();
    await portal.signInButton(second).click();
    await portal.problem(second).getByText('Connexion déjà en cours').waitFor();
    await provider.signInWithAuthenticator(popup, DOMINIQUE);
    await portal.accountButton(first, DOMINIQUE.name).waitFor();
    await portal.accountButton(second, DOMINIQUE.name).waitFor({ timeout: 10_000 });
    await first.context().close();
  });

  it('one redirect at a time across tabs: the second tab is told, then follows', async () => {
    const [first, second] = await twoTabs('/');
    await portal.signInButton(first).click();
    await first.waitForURL(`${e2e.idp}/interaction/**`);
    await portal.signInButton(second).click();
    await portal.problem(second).getByText('Connexion déjà en cours').waitFor();
    assert.ok(second.url().startsWith(e2e.demo), 'the second tab stayed');
    await provider.signInWithAuthenticator(first, DOMINIQUE);
    await portal.accountButton(first, DOMINIQUE.name).waitFor();
    await portal.accountButton(second, DOMINIQUE.name).waitFor({ timeout: 10_000 });
    await first.context().close();
  });

  it('follows a sign-out made in another tab', async () => {
    const first = await e2e.newPage();
    await first.goto(`${e2e.demo}/?interaction=popup`);
    const [popup] = await Promise.all([first.waitForEvent('popup'), portal.signInButton(first).click()]);
    await provider.signInWithAuthenticator(popup, DOMINIQUE);
    await portal.accountButton(first, DOMINIQUE.name).waitFor();

    // A second tab of the same browser follows the first on opening: asked who is signed in, the
    // first tab answers, and the provider's session signs the second in silently, with no click
    // (a click on « Se connecter » would race that sign-in).
    const second = await first.context().newPage();
    await second.goto(`${e2e.demo}/?interaction=popup`);
    await portal.accountButton(second, DOMINIQUE.name).waitFor();

    const [logout] = await Promise.all([first.waitForEvent('popup'), portal.signOut(first, DOMINIQUE.name)]);
    await provider.confirmSignOut(logout);
    await portal.signInButton(first).waitFor();
    await portal.signInButton(second).waitFor();
    await first.context().close();
  });
});
