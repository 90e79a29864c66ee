// The sign-in steps of the development identity provider: email, password (or account creation
// through a valid activation), second factor (registration the first time, challenge after).
import { randomInt } from 'node:crypto';
import { errorMessage, escapeHtml, form, input, page, pickLocale, text } from './pages.mjs';

/** Per-interaction progress, kept in memory: an interaction lives a few minutes. */
const progress = new Map();

function state(uid) {
  if (!progress.has(uid)) progress.set(uid, { step: 'email' });
  return progress.get(uid);
}

const maskPhone = (phone) => phone.replace(/\d(?=(?:\D*\d){2})/g, '•');

export function createInteractions({ provider, store }) {
  async function finish(req, res, details, customer) {
    const accountId = customer.email;
    let grant = details.grantId ? await provider.Grant.find(details.grantId) : undefined;
    grant ??= new provider.Grant({ accountId, clientId: details.params.client_id });
    const missing = details.prompt.details;
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    grant.addOIDCScope(String(details.params.scope ?? 'openid'));
    const grantId = await grant.save();
    progress.delete(details.uid);
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId, amr: ['pwd', 'mfa'] }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  }

  async function abort(req, res, uid, description) {
    progress.delete(uid);
    await provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: description },
      { mergeWithLastSubmission: false },
    );
  }

  function render(res, details, locale, title, body) {
    const other = locale === 'fr' ? 'en' : 'fr';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page(locale, title, body, { languageHref: `/interaction/${details.uid}?lang=${other}` }));
  }

  function view(res, details, locale, current, error = '') {
    const t = text(locale);
    const action = (name) => `/interaction/${details.uid}/${name}`;
    const cancel = { cancelAction: action('abort'), cancelLabel: t.cancel };
    const customer = current.email && store.customer(current.email);
    switch (current.step) {
      case 'email':
        return render(
          res,
          details,
          locale,
          t.signIn,
          errorMessage(error) +
            form(
              action('email'),
              input({
                name: 'email',
                label: t.email,
                type: 'email',
                autocomplete: 'username',
                value: current.email ?? details.params.login_hint ?? '',
                hint: t.emailHint,
              }),
              t.next,
              cancel,
            ),
        );
      case 'password':
        return render(
          res,
          details,
          locale,
          t.enterPassword,
          `<p>${escapeHtml(current.email)}</p>` +
            errorMessage(error) +
            form(
              action('password'),
              input({ name: 'password', label: t.password, type: 'password', autocomplete: 'current-password' }),
              t.signIn,
              cancel,
            ),
        );
      case 'create-password':
        return render(
          res,
          details,
          locale,
          t.createTitle,
          `<p>${escapeHtml(t.createText)}</p><p>${escapeHtml(current.email)}</p>` +
            errorMessage(error) +
            form(
              action('create'),
              input({ name: 'password', label: t.newPassword, type: 'password', autocomplete: 'new-password' }) +
                input({ name: 'confirm', label: t.confirmPassword, type: 'password', autocomplete: 'new-password' }),
              t.create,
              cancel,
            ),
        );
      case 'not-activated':
        return render(
          res,
          details,
          locale,
          t.notActivatedTitle,
          `<p>${escapeHtml(t.notActivatedText)}</p>` + form(action('not-activated'), '', t.back),
        );
      case 'mfa-setup':
        return render(
          res,
          details,
          locale,
          t.mfaSetupTitle,
          `<p>${escapeHtml(t.mfaSetupText)}</p>` +
            errorMessage(error) +
            form(
              action('mfa-setup'),
              `<fieldset><legend>${escapeHtml(t.mfaSetupTitle)}</legend>
<div class="choice"><input type="radio" id="m-app" name="method" value="authenticator" checked><label for="m-app">${escapeHtml(t.authenticator)}<span class="hint"> ${escapeHtml(t.authenticatorHint)}</span></label></div>
<div class="choice"><input type="radio" id="m-sms" name="method" value="sms"><label for="m-sms">${escapeHtml(t.sms)}<span class="hint"> ${escapeHtml(t.smsHint)}</span></label></div>
</fieldset>`,
              t.continue,
              cancel,
            ),
        );
      case 'authenticator-setup':
        return render(
          res,
          details,
          locale,
          t.authenticatorSetupTitle,
          `<p>${escapeHtml(t.authenticatorSetupText)}</p>` + form(action('approve'), '', t.simulateApproval, cancel),
        );
      case 'sms-phone':
        return render(
          res,
          details,
          locale,
          t.mfaSetupTitle,
          errorMessage(error) +
            form(
              action('sms-phone'),
              input({ name: 'phone', label: t.phone, type: 'tel', autocomplete: 'tel', inputmode: 'tel' }),
              t.sendCode,
              cancel,
            ),
        );
      case 'sms-code':
        return render(
          res,
          details,
          locale,
          t.codeTitle,
          `<p>${escapeHtml(t.codeText(maskPhone(current.phone)))}</p><p class="sms" role="note">${escapeHtml(t.simulatedSms(current.code))}</p>` +
            errorMessage(error) +
            form(
              action('sms-code'),
              input({ name: 'code', label: t.code, autocomplete: 'one-time-code', inputmode: 'numeric' }),
              t.verify,
              cancel,
            ),
        );
      case 'approve':
        return render(
          res,
          details,
          locale,
          t.approveTitle,
          `<p>${escapeHtml(t.approveText)}</p>` + form(action('approve'), '', t.simulateApproval, cancel),
        );
      default:
        return render(res, details, locale, t.errorTitle, `<p>${escapeHtml(customer ? '' : t.errorTitle)}</p>`);
    }
  }

  function secondFactor(current, customer) {
    if (!customer.mfa) return { ...current, step: 'mfa-setup' };
    if (customer.mfa.method === 'sms')
      return {
        ...current,
        step: 'sms-code',
        phone: customer.mfa.phone,
        code: String(randomInt(100000, 1000000)),
        registering: false,
      };
    return { ...current, step: 'approve' };
  }

  /** Handles GET and POST under /interaction/:uid; returns false for other paths. */
  return async function handle(req, res, url, body) {
    const match = /^\/interaction\/([\w-]+)(?:\/([\w-]+))?$/.exec(url.pathname);
    if (!match) return false;
    const details = await provider.interactionDetails(req, res);
    const [, uid, action] = match;
    if (details.uid !== uid) throw new Error('interaction mismatch');
    const current = state(uid);
    current.locale =
      url.searchParams.get('lang') ??
      current.locale ??
      pickLocale(details.params.ui_locales, req.headers['accept-language']);
    const locale = current.locale === 'en' ? 'en' : 'fr';
    const t = text(locale);

    // With a session already (consent for a new scope, say), nothing to ask.
    if (details.prompt.name === 'consent' && details.session?.accountId) {
      await finish(req, res, details, store.customer(details.session.accountId));
      return true;
    }
    if (req.method === 'GET') return (view(res, details, locale, current), true);

    const customer = current.email && store.customer(current.email);
    switch (action) {
      case 'abort':
        await abort(req, res, uid, 'The user cancelled sign-in.');
        return true;
      case 'not-activated':
        await abort(req, res, uid, 'AADSTS90072: the account is not activated yet.');
        return true;
      case 'email': {
        const email = String(body.email ?? '')
          .trim()
          .toLowerCase();
        const found = store.customer(email);
        if (!found) return (view(res, details, locale, { ...current, email }, t.unknownEmail), true);
        current.email = email;
        if (found.password) current.step = 'password';
        else current.step = store.canActivate(found) ? 'create-password' : 'not-activated';
        return (view(res, details, locale, current), true);
      }
      case 'password': {
        if (!customer || !store.checkPassword(customer, String(body.password ?? ''))) {
          return (view(res, details, locale, current, t.wrongPassword), true);
        }
        Object.assign(current, secondFactor(current, customer));
        return (view(res, details, locale, current), true);
      }
      case 'create': {
        const password = String(body.password ?? '');
        if (!customer || !store.canActivate(customer))
          return (view(res, details, locale, { ...current, step: 'not-activated' }), true);
        if (password.length < 8) return (view(res, details, locale, current, t.passwordTooShort), true);
        if (password !== body.confirm) return (view(res, details, locale, current, t.passwordsDiffer), true);
        store.createAccount(customer, password);
        Object.assign(current, secondFactor(current, customer));
        return (view(res, details, locale, current), true);
      }
      case 'mfa-setup':
        current.step = body.method === 'sms' ? 'sms-phone' : 'authenticator-setup';
        return (view(res, details, locale, current), true);
      case 'sms-phone': {
        const phone = String(body.phone ?? '').replace(/[\s.-]/g, '');
        if (!/^\+?\d{9,15}$/.test(phone)) return (view(res, details, locale, current, t.invalidPhone), true);
        Object.assign(current, {
          step: 'sms-code',
          phone,
          code: String(randomInt(100000, 1000000)),
          registering: true,
        });
        return (view(res, details, locale, current), true);
      }
      case 'sms-code': {
        if (String(body.code ?? '').trim() !== current.code)
          return (view(res, details, locale, current, t.wrongCode), true);
        if (current.registering) store.setMfa(customer, { method: 'sms', phone: current.phone });
        await finish(req, res, details, customer);
        return true;
      }
      case 'approve': {
        if (!customer) return (view(res, details, locale, { step: 'email' }), true);
        if (current.step === 'authenticator-setup') store.setMfa(customer, { method: 'authenticator' });
        await finish(req, res, details, customer);
        return true;
      }
      default:
        return (view(res, details, locale, current), true);
    }
  };
}
