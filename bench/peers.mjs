// Peer sign-in widgets for `npm run bench`, installed as dev dependencies and set up the way
// their documentation says, each rendering its sign-in view in French. Neither needs a real
// backend to show that view: Okta's classic engine renders its primary-authentication form on
// its own, and Hanko's element needs one answer from its flow API, which `answer` gives
// (the shape of a `login_init` state, as @teamhanko/hanko-elements 2.x reads it).
import { copyFileSync, cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const OKTA = 'node_modules/@okta/okta-signin-widget/dist';

const HANKO_LOGIN_INIT = {
  name: 'login_init',
  status: 200,
  payload: {},
  csrf_token: 'bench',
  error: null,
  actions: {
    continue_with_login_identifier: {
      action: 'continue_with_login_identifier',
      href: '/login?action=continue_with_login_identifier',
      inputs: { email: { name: 'email', type: 'email', required: true, min_length: 3, max_length: 255 } },
      description: 'Enter an identifier to login.',
    },
  },
};

/** Answers the requests a peer makes to its backend; returns true when it answered. */
export function answer(request, response) {
  if (request.method === 'POST' && request.url === '/hanko-api/login') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(HANKO_LOGIN_INIT));
    return true;
  }
  return false;
}

/**
 * Writes each peer's files into `dir` and returns how to load it: `head` and `body` markup, and
 * `ready`, the source of an in-page function giving the widget's visible text once its sign-in
 * form is there (undefined before).
 */
export async function preparePeers(dir) {
  mkdirSync(join(dir, 'hanko'), { recursive: true });
  await build({
    stdin: {
      contents: `import { register } from '@teamhanko/hanko-elements';
import { en } from '@teamhanko/hanko-elements/i18n/en';
import { fr } from '@teamhanko/hanko-elements/i18n/fr';
register(location.origin + '/hanko-api', { translations: { fr, en }, fallbackLanguage: 'fr' });`,
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'esm',
    minify: true,
    outfile: join(dir, 'hanko', 'hanko.js'),
    // Script start, as first-render.mjs marks it in the bundles it makes.
    banner: { js: 'window.__scriptStart ??= performance.now();' },
    logLevel: 'error',
  });

  const okta = join(dir, 'okta');
  mkdirSync(join(okta, 'js'), { recursive: true });
  copyFileSync(join(OKTA, 'js/okta-sign-in.no-polyfill.min.js'), join(okta, 'js/okta-sign-in.min.js'));
  for (const folder of ['css', 'font', 'img', 'labels'])
    cpSync(join(OKTA, folder), join(okta, folder), { recursive: true });

  return [
    {
      name: '@teamhanko/hanko-elements <hanko-auth>',
      head: '<script type="module" src="./hanko/hanko.js"></script>',
      body: '<hanko-auth lang="fr"></hanko-auth>',
      ready: `() => {
        const root = document.querySelector('hanko-auth')?.shadowRoot;
        return root?.querySelector('input[type="email"]') ? visibleText(root) : undefined;
      }`,
    },
    {
      name: '@okta/okta-signin-widget (classic)',
      head: `<link rel="stylesheet" href="./okta/css/okta-sign-in.min.css">
<script src="./okta/js/okta-sign-in.min.js"></script>`,
      body: `<div id="okta"></div><script>
new OktaSignIn({ baseUrl: location.origin, useClassicEngine: true, language: 'fr', assets: { baseUrl: location.origin + '/okta' } }).renderEl({ el: '#okta' });
</script>`,
      ready: `() => {
        const root = document.querySelector('#okta');
        return root.querySelector('input[name="username"]') ? visibleText(root) : undefined;
      }`,
    },
  ];
}
