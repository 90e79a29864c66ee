// The development identity provider's pages, imitating the Microsoft steps of the FAQ in French
// and English. Plain HTML forms: no script, no inline style, every value escaped.

const NBSP = '\u00a0';

const TEXT = {
  fr: {
    banner: 'Simulation locale de la connexion Microsoft — pour le développement uniquement',
    signIn: 'Se connecter',
    email: 'Adresse e-mail',
    emailHint: 'Votre adresse e-mail habituelle, celle à laquelle vous avez reçu le lien d’activation.',
    next: 'Suivant',
    cancel: 'Annuler et revenir à l’Espace Client',
    password: 'Mot de passe',
    enterPassword: 'Entrez le mot de passe',
    wrongPassword: 'Mot de passe incorrect. Réessayez.',
    unknownEmail: `Nous ne trouvons pas de compte pour cette adresse. Vérifiez-la, ou utilisez le lien d’activation reçu par e-mail.`,
    createTitle: 'Créez votre compte Microsoft',
    createText: `Ce compte fera le lien entre votre adresse e-mail habituelle et l’Espace Client${NBSP}; aucune nouvelle boîte mail n’est créée. Choisissez le mot de passe que vous voulez${NBSP}: vous pouvez reprendre celui de l’ancien Espace Client.`,
    newPassword: 'Nouveau mot de passe',
    confirmPassword: 'Confirmez le mot de passe',
    passwordsDiffer: 'Les deux mots de passe ne sont pas identiques.',
    passwordTooShort: 'Le mot de passe doit comporter au moins 8 caractères.',
    create: 'Créer le compte',
    notActivatedTitle: 'Compte pas encore activé',
    notActivatedText:
      'Cette adresse n’a pas encore de compte. Ouvrez le lien d’activation reçu par e-mail (valable un mois) ou demandez-en un nouveau depuis l’Espace Client.',
    back: 'Revenir à l’Espace Client',
    mfaSetupTitle: 'Protégez votre compte',
    mfaSetupText: `Choisissez comment confirmer votre identité avec votre téléphone à chaque connexion.`,
    authenticator: 'Application Microsoft Authenticator (recommandé)',
    authenticatorHint:
      'Le plus sûr : une notification à valider sur votre téléphone. App Store (iPhone) ou Play Store (Android).',
    sms: 'SMS',
    smsHint: 'Moins sûr, et voué à disparaître.',
    continue: 'Continuer',
    authenticatorSetupTitle: 'Configurez Microsoft Authenticator',
    authenticatorSetupText:
      'Installez Microsoft Authenticator sur votre téléphone, ajoutez un compte professionnel, puis scannez le code affiché. (Simulation : validez directement ci-dessous.)',
    simulateApproval: 'Simuler la validation sur le téléphone',
    phone: 'Numéro de téléphone mobile',
    sendCode: 'Envoyer le code',
    invalidPhone: 'Saisissez un numéro de téléphone mobile valide.',
    codeTitle: 'Saisissez le code',
    codeText: (phone) => `Un code à 6 chiffres a été envoyé au ${phone}.`,
    simulatedSms: (code) => `SMS simulé${NBSP}: votre code est ${code}`,
    code: 'Code',
    verify: 'Vérifier',
    wrongCode: 'Code incorrect. Réessayez.',
    approveTitle: 'Approuver la demande de connexion',
    approveText: 'Ouvrez Microsoft Authenticator sur votre téléphone et validez la notification.',
    logoutTitle: 'Se déconnecter de l’Espace Client',
    logoutText: 'Voulez-vous vous déconnecter de votre compte Microsoft sur cet appareil ?',
    logout: 'Se déconnecter',
    loggedOut: 'Vous êtes déconnecté.',
    errorTitle: 'Une erreur est survenue',
    language: 'English',
  },
  en: {
    banner: 'Local imitation of Microsoft sign-in — for development only',
    signIn: 'Sign in',
    email: 'Email address',
    emailHint: 'Your usual email address, the one that received the activation link.',
    next: 'Next',
    cancel: 'Cancel and go back to the Espace Client',
    password: 'Password',
    enterPassword: 'Enter password',
    wrongPassword: 'Your password is incorrect. Try again.',
    unknownEmail:
      'We couldn’t find an account with that address. Check it, or use the activation link you received by email.',
    createTitle: 'Create your Microsoft account',
    createText:
      'This account links your usual email address to the Espace Client; no new mailbox is created. Choose any password you like: you may reuse your former Espace Client password.',
    newPassword: 'New password',
    confirmPassword: 'Confirm password',
    passwordsDiffer: 'The two passwords do not match.',
    passwordTooShort: 'The password must have at least 8 characters.',
    create: 'Create account',
    notActivatedTitle: 'Account not activated yet',
    notActivatedText:
      'This address has no account yet. Open the activation link you received by email (valid for one month) or ask for a new one from the Espace Client.',
    back: 'Back to the Espace Client',
    mfaSetupTitle: 'Protect your account',
    mfaSetupText: 'Choose how to confirm your identity with your phone each time you sign in.',
    authenticator: 'Microsoft Authenticator app (recommended)',
    authenticatorHint:
      'The safest: a notification to approve on your phone. App Store (iPhone) or Play Store (Android).',
    sms: 'Text message (SMS)',
    smsHint: 'Less secure, and being phased out.',
    continue: 'Continue',
    authenticatorSetupTitle: 'Set up Microsoft Authenticator',
    authenticatorSetupText:
      'Install Microsoft Authenticator on your phone, add a work account, then scan the code shown. (Simulation: approve directly below.)',
    simulateApproval: 'Simulate approval on the phone',
    phone: 'Mobile phone number',
    sendCode: 'Send code',
    invalidPhone: 'Enter a valid mobile phone number.',
    codeTitle: 'Enter code',
    codeText: (phone) => `A 6-digit code was sent to ${phone}.`,
    simulatedSms: (code) => `Simulated text message: your code is ${code}`,
    code: 'Code',
    verify: 'Verify',
    wrongCode: 'That code is incorrect. Try again.',
    approveTitle: 'Approve sign-in request',
    approveText: 'Open Microsoft Authenticator on your phone and approve the notification.',
    logoutTitle: 'Sign out of the Espace Client',
    logoutText: 'Do you want to sign out of your Microsoft account on this device?',
    logout: 'Sign out',
    loggedOut: 'You have signed out.',
    errorTitle: 'Something went wrong',
    language: 'Français',
  },
};

export function escapeHtml(value) {
  return String(value ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
}

export function pickLocale(uiLocales, acceptLanguage) {
  const wanted = `${uiLocales ?? ''} ${acceptLanguage ?? ''}`.toLowerCase();
  const first = /\b(fr|en)\b/.exec(wanted)?.[1];
  return first === 'en' ? 'en' : 'fr';
}

export function text(locale) {
  return TEXT[locale] ?? TEXT.fr;
}

/** A whole page around `body` (already escaped HTML). */
export function page(locale, title, body, { languageHref } = {}) {
  const t = text(locale);
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/idp.css">
</head>
<body>
<p class="banner">${escapeHtml(t.banner)}</p>
<main class="card">
<p class="brand" aria-hidden="true"><span class="logo"></span>Microsoft</p>
<h1>${escapeHtml(title)}</h1>
${body}
${languageHref ? `<p class="language"><a href="${escapeHtml(languageHref)}" lang="${locale === 'fr' ? 'en' : 'fr'}">${escapeHtml(t.language)}</a></p>` : ''}
</main>
</body>
</html>`;
}

export function errorMessage(message) {
  return message ? `<p class="error" role="alert">${escapeHtml(message)}</p>` : '';
}

export function form(action, fields, submit, { cancelAction, cancelLabel } = {}) {
  return `<form method="post" action="${escapeHtml(action)}">
${fields}
<div class="actions"><button type="submit">${escapeHtml(submit)}</button></div>
</form>
${cancelAction ? `<form method="post" action="${escapeHtml(cancelAction)}"><button type="submit" class="link">${escapeHtml(cancelLabel)}</button></form>` : ''}`;
}

export function input({ name, label, type = 'text', value = '', autocomplete, hint, inputmode }) {
  return `<label for="${name}">${escapeHtml(label)}</label>
<input id="${name}" name="${name}" type="${type}" value="${escapeHtml(value)}" required${autocomplete ? ` autocomplete="${autocomplete}"` : ''}${inputmode ? ` inputmode="${inputmode}"` : ''}${hint ? ` aria-describedby="${name}-hint"` : ''}>
${hint ? `<p class="hint" id="${name}-hint">${escapeHtml(hint)}</p>` : ''}`;
}

export const STYLES = `
body{margin:0;font-family:"Segoe UI",system-ui,sans-serif;background:#f2f2f2;color:#1b1b1b}
.banner{margin:0;padding:.5rem 1rem;background:#fff4ce;text-align:center;font-size:.875rem}
.card{box-sizing:border-box;max-width:440px;margin:2rem auto;padding:2.75rem;background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.2)}
@media (max-width:480px){.card{margin:0;box-shadow:none;padding:1.5rem}}
.brand{display:flex;align-items:center;gap:.5rem;margin:0 0 1rem;font-weight:600;color:#5e5e5e}
.logo{width:21px;height:21px;background:conic-gradient(#f25022 0 25%,#7fba00 0 50%,#ffb900 0 75%,#00a4ef 0)}
h1{font-size:1.5rem;font-weight:600;margin:0 0 1rem}
label{display:block;margin:1rem 0 .25rem}
input[type=text],input[type=email],input[type=password],input[type=tel]{box-sizing:border-box;width:100%;padding:.5rem 0;border:0;border-bottom:1px solid #666;font:inherit}
input:focus{outline:2px solid #0067b8;outline-offset:2px}
.hint{margin:.25rem 0 0;font-size:.8125rem;color:#5e5e5e}
.error{color:#c50f1f;margin:.5rem 0}
.sms{padding:.75rem;background:#eef6ff;border-left:4px solid #0067b8}
.actions{display:flex;justify-content:flex-end;margin-top:1.5rem}
button{font:inherit;padding:.4rem 2rem;border:0;background:#0067b8;color:#fff;cursor:pointer}
button:focus-visible,a:focus-visible{outline:2px solid #1b1b1b;outline-offset:2px}
button.link{background:none;color:#0067b8;padding:0;margin-top:1rem;text-decoration:underline}
fieldset{border:0;padding:0;margin:0}
.choice{display:flex;gap:.5rem;align-items:flex-start;margin:.75rem 0}
.choice input{margin-top:.3rem}
.language{margin-top:1.5rem;font-size:.875rem}
a{color:#0067b8}
`;
