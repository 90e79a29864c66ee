// The Microsoft mode of the development identity provider: one HTTPS server on loopback that
// answers as Microsoft Entra (login.microsoftonline.com) and Entra External ID
// (<tenant>.ciamlogin.com) do, by the Host header, so that a browser whose host resolver maps
// those names to it runs MSAL's default (AAD) protocol mode without leaving the machine.
//
// URL shapes and payloads, and where they come from:
// - tenant-path v2.0 endpoints `/{tenant}/v2.0/.well-known/openid-configuration`,
//   `/{tenant}/oauth2/v2.0/{authorize,token,logout}`, `/{tenant}/discovery/v2.0/keys`, issuer
//   `https://login.microsoftonline.com/{tenantid}/v2.0`: Microsoft identity platform OpenID
//   Connect and authorization code flow documentation, and the same shapes hard-coded in
//   @azure/msal-common 16.x (authority/AuthorityMetadata.mjs, `buildOpenIdConfig`);
// - instance discovery `/common/discovery/instance?api-version=1.1&authorization_endpoint=…`
//   answering `{ tenant_discovery_endpoint, "api-version", metadata: [{ preferred_network,
//   preferred_cache, aliases }] }`: msal-common's `AAD_INSTANCE_DISCOVERY_ENDPT` and its
//   CloudInstanceDiscoveryResponse type;
// - `client_info` = base64url of `{ "uid": <oid>, "utid": <tid> }` in the token response;
//   id tokens v2.0 with `tid`, `oid`, `preferred_username`, `name`, `nonce`;
// - errors in Entra's format, from "Microsoft Entra authentication and authorization error codes"
//   (see entra-faults.mjs): JSON `error`, `error_description` ("AADSTSnnnnn: …\r\nTrace ID: …
//   \r\nCorrelation ID: …\r\nTimestamp: …"), `error_codes`, `timestamp`, `trace_id`,
//   `correlation_id`, `error_uri`, and `suberror` where Entra sends one; on the front channel
//   `error`, `error_description`, `error_uri`, `state` (and `suberror`); errors Entra cannot send
//   back to an application (unknown client, unregistered redirect URI) on its own page;
// - External ID: authority `https://<name>.ciamlogin.com/<name>.onmicrosoft.com/v2.0` (or
//   `/<tenant-id>/v2.0`), endpoints on `https://<name>.ciamlogin.com/<tenant-id>/oauth2/v2.0/…`
//   and an issuer with the tenant id as host, `https://<tenant-id>.ciamlogin.com/<tenant-id>/v2.0`,
//   as reported in AzureAD/microsoft-authentication-library-for-js issue #8592 and pull request
//   #8595 (MSAL then rejects the issuer unless that host is in `knownAuthorities`).
import { createHash, generateKeyPairSync, randomBytes, randomUUID, sign } from 'node:crypto';
import { createServer } from 'node:https';
import { ENTRA_FAULTS, ENTRA_PROTOCOL_ERRORS } from './entra-faults.mjs';
import { escapeHtml, errorMessage, form, input, page, STYLES } from './pages.mjs';
import { listenOnLoopback } from '../listen.mjs';

/** The Entra workforce tenant of the emulator. */
export const ENTRA_TENANT = { id: '7d3c6b0e-5a1f-4c2b-9e8d-2f4a6b8c0d1e', domain: 'bakertillydemo.onmicrosoft.com' };
/** The External ID (CIAM) tenant: `<name>.ciamlogin.com`. */
export const CIAM_TENANT = { name: 'bakertillyclients', id: 'c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b' };
/** The application (client) id registered in both tenants: a GUID, as AAD mode requires. */
export const ENTRA_CLIENT_ID = '5b8e2f14-9c3d-4a6e-b1f0-7e2d9c4a8b31';

export const ENTRA_HOST = 'login.microsoftonline.com';
export const ciamHost = (label = CIAM_TENANT.name) => `${label}.ciamlogin.com`;
/** Every host name the emulator answers for; the certificate and the browser's host rules need them all. */
export const ENTRA_HOSTS = [ENTRA_HOST, ciamHost(), ciamHost(CIAM_TENANT.id)];

const WINDOWS_NET_ALIASES = [
  'login.microsoftonline.com',
  'login.windows.net',
  'login.microsoft.com',
  'sts.windows.net',
];

const b64url = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const entraTimestamp = (date = new Date()) =>
  date
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');

function readForm(req) {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      data += chunk;
      if (data.length > 64_000) reject(new Error('body too large'));
    });
    req.on('end', () => resolve(Object.fromEntries(new URLSearchParams(data))));
    req.on('error', reject);
  });
}

/** An error as Entra writes it: the description carries the number, trace, correlation and time. */
export function entraError(fault, { correlationId = randomUUID(), detail } = {}) {
  const traceId = randomUUID();
  const timestamp = entraTimestamp();
  const description = `AADSTS${fault.code}: ${detail ?? fault.text}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`;
  return {
    error: fault.error,
    error_description: description,
    error_codes: [fault.code],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
    error_uri: `https://${ENTRA_HOST}/error?code=${fault.code}`,
    ...(fault.suberror && { suberror: fault.suberror }),
  };
}

/**
 * Starts the emulator on https://127.0.0.1:`port`. `certificate` must name every host of
 * {@link ENTRA_HOSTS}; `appOrigins` are the single-page applications' origins: their
 * `/redirect.html` and `/` are the registered redirect URIs, and they get CORS on the token endpoint.
 * `users`: `{ email, password, name }` accounts of both tenants. `lifetimes`, in seconds: of the
 * access and id tokens (Entra's default is about an hour), of the refresh token chain issued to a
 * single-page application (24 hours in Entra, fixed: renewals carry the first one's expiry) and of
 * the browser's session at Microsoft (sign-in frequency).
 */
export async function startEntraEmulator({
  port,
  certificate,
  appOrigins,
  users,
  lifetimes: {
    accessToken: accessTokenLifetime = 3600,
    refreshToken: refreshChainLifetime = 86_400,
    session: sessionLifetime = 86_400,
  } = {},
  log = () => undefined,
}) {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64url')
    .slice(0, 27);
  const jwks = { keys: [{ ...publicKey.export({ format: 'jwk' }), kty: 'RSA', use: 'sig', kid, alg: 'RS256' }] };
  const redirectUris = new Set(appOrigins.flatMap((origin) => [`${origin}/redirect.html`, `${origin}/`]));
  const accounts = new Map(users.map((user) => [user.email.toLowerCase(), { ...user, oid: randomUUID() }]));
  const codes = new Map();
  const refreshTokens = new Map();
  /** Refresh tokens an administrator revoked (answered AADSTS50173 rather than "invalid"). */
  const revokedTokens = new Set();
  const sessions = new Map();
  /** Faults waiting for their step, by the name of ENTRA_FAULTS; each is used once. */
  const pending = [];
  /** Access tokens renewed with a refresh token. */
  let renewals = 0;
  /** Every request served, `host pathname`, for the tests' assertions. */
  const requests = [];
  const holds = new Map();

  /** Which tenant a host and first path segment name, or undefined. */
  function tenantOf(host, segment) {
    const name = String(segment ?? '').toLowerCase();
    if (host === ENTRA_HOST) {
      if ([ENTRA_TENANT.id, ENTRA_TENANT.domain, 'organizations', 'common'].includes(name)) {
        return {
          kind: 'entra',
          id: ENTRA_TENANT.id,
          path: name === 'organizations' || name === 'common' ? name : ENTRA_TENANT.id,
          base: `https://${ENTRA_HOST}`,
          issuer: `https://${ENTRA_HOST}/${ENTRA_TENANT.id}/v2.0`,
        };
      }
      return undefined;
    }
    if (host === ciamHost() || host === ciamHost(CIAM_TENANT.id)) {
      if ([CIAM_TENANT.id, CIAM_TENANT.name, `${CIAM_TENANT.name}.onmicrosoft.com`].includes(name)) {
        return {
          kind: 'ciam',
          id: CIAM_TENANT.id,
          path: CIAM_TENANT.id,
          base: `https://${host}`,
          issuer: `https://${ciamHost(CIAM_TENANT.id)}/${CIAM_TENANT.id}/v2.0`,
        };
      }
    }
    return undefined;
  }

  function metadata(tenant) {
    const root = `${tenant.base}/${tenant.path}`;
    const generic = tenant.path === 'organizations' || tenant.path === 'common';
    return {
      token_endpoint: `${root}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      jwks_uri: `${root}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: generic ? `https://${ENTRA_HOST}/{tenantid}/v2.0` : tenant.issuer,
      request_uri_parameter_supported: false,
      userinfo_endpoint: 'https://graph.microsoft.com/oidc/userinfo',
      authorization_endpoint: `${root}/oauth2/v2.0/authorize`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${root}/oauth2/v2.0/logout`,
      claims_supported: [
        'sub',
        'iss',
        'aud',
        'exp',
        'iat',
        'auth_time',
        'nonce',
        'preferred_username',
        'name',
        'tid',
        'ver',
        'oid',
      ],
      tenant_region_scope: 'EU',
      cloud_instance_name: 'microsoftonline.com',
    };
  }

  function signJwt(claims) {
    const header = b64url({ typ: 'JWT', alg: 'RS256', kid });
    const body = b64url(claims);
    const signature = sign('sha256', Buffer.from(`${header}.${body}`), privateKey).toString('base64url');
    return `${header}.${body}.${signature}`;
  }

  /** `chainExpires` (ms): the refresh token chain's fixed end; a code redemption starts a new chain. */
  function tokens(
    tenant,
    account,
    { clientId, nonce, scope, chainExpires = Date.now() + refreshChainLifetime * 1000 },
  ) {
    const now = Math.floor(Date.now() / 1000);
    const idToken = signJwt({
      aud: clientId,
      iss: tenant.issuer,
      iat: now,
      nbf: now,
      exp: now + accessTokenLifetime,
      name: account.name,
      ...(nonce && { nonce }),
      oid: account.oid,
      preferred_username: account.email,
      email: account.email,
      rh: '0.A',
      sub: createHash('sha256').update(`${account.oid}:${clientId}`).digest('base64url').slice(0, 43),
      tid: tenant.id,
      uti: randomBytes(16).toString('base64url'),
      ver: '2.0',
      login_hint: b64url({ oid: account.oid, tid: tenant.id }),
    });
    const accessToken = signJwt({
      aud: '00000003-0000-0000-c000-000000000000',
      iss: `https://sts.windows.net/${tenant.id}/`,
      iat: now,
      nbf: now,
      exp: now + accessTokenLifetime,
      oid: account.oid,
      tid: tenant.id,
      scp: 'openid profile email',
    });
    const refresh = randomBytes(48).toString('base64url');
    refreshTokens.set(refresh, { tenant, account, clientId, expires: chainExpires });
    return {
      token_type: 'Bearer',
      scope: scope || 'openid profile email',
      expires_in: accessTokenLifetime,
      ext_expires_in: accessTokenLifetime,
      access_token: accessToken,
      refresh_token: refresh,
      refresh_token_expires_in: Math.max(0, Math.round((chainExpires - Date.now()) / 1000)),
      id_token: idToken,
      client_info: b64url({ uid: account.oid, utid: tenant.id }),
    };
  }

  /** Removes a pending fault of that name; true when there was one. */
  function consume(name) {
    const index = pending.indexOf(name);
    if (index === -1) return false;
    pending.splice(index, 1);
    return true;
  }

  function takeFault(at) {
    const index = pending.findIndex((name) => ENTRA_FAULTS[name].at === at);
    return index === -1 ? undefined : ENTRA_FAULTS[pending.splice(index, 1)[0]];
  }

  function send(res, status, body, headers = {}) {
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    });
    res.end(JSON.stringify(body));
  }

  function html(res, status, body, headers = {}) {
    res.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': `default-src 'self'; script-src 'none'; style-src 'self'; form-action 'self' ${appOrigins.join(' ')}; frame-ancestors ${appOrigins.join(' ')}; base-uri 'none'; object-src 'none'`,
      ...headers,
    });
    res.end(body);
  }

  /** Microsoft's own error page, for what it cannot send back to the application. */
  function errorPage(res, fault, correlationId) {
    const error = entraError(fault, { correlationId });
    html(
      res,
      200,
      page(
        'fr',
        'Désolé, nous ne parvenons pas à vous connecter.',
        `<p>${escapeHtml(error.error_description.split('\r\n')[0])}</p><p class="hint">Correlation ID: ${escapeHtml(error.correlation_id)}<br>Timestamp: ${escapeHtml(error.timestamp)}</p>`,
      ),
    );
  }

  /** Sends the browser back to the application with `params`, as `response_mode` asks. */
  function respond(res, request, params) {
    const target = new URL(request.redirect_uri);
    const values = new URLSearchParams({ ...params, ...(request.state && { state: request.state }) });
    if (request.response_mode === 'query') {
      for (const [name, value] of values) target.searchParams.set(name, value);
    } else if (request.response_mode === 'form_post') {
      const fields = [...values]
        .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
        .join('');
      return html(
        res,
        200,
        page(
          'fr',
          'Connexion…',
          `<form method="post" action="${escapeHtml(target.href)}">${fields}<div class="actions"><button type="submit">Continuer</button></div></form>`,
        ),
      );
    } else {
      target.hash = values.toString();
    }
    res.writeHead(302, { location: target.href, 'cache-control': 'no-store' }).end();
  }

  function sessionOf(req) {
    const cookie = /(?:^|;\s*)ESTSAUTH=([\w-]+)/.exec(req.headers.cookie ?? '')?.[1];
    const session = cookie ? sessions.get(cookie) : undefined;
    if (!session || session.expires > Date.now()) return session;
    sessions.delete(cookie);
    return undefined;
  }

  function issueCode(res, request, tenant, account, extraHeaders = {}) {
    const fault = takeFault('authorize');
    if (fault) {
      const error = entraError(fault, { correlationId: request['client-request-id'] });
      return respond(res, request, {
        error: error.error,
        error_description: error.error_description,
        error_uri: error.error_uri,
        ...(error.suberror && { suberror: error.suberror }),
      });
    }
    const code = randomBytes(32).toString('base64url');
    codes.set(code, {
      tenant,
      account,
      clientId: request.client_id,
      redirectUri: request.redirect_uri,
      challenge: request.code_challenge,
      nonce: request.nonce,
      scope: request.scope,
      expires: Date.now() + 600_000,
    });
    for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
    respond(res, request, {
      code,
      client_info: b64url({ uid: account.oid, utid: tenant.id }),
      session_state: randomUUID(),
    });
  }

  function signInPage(res, action, request, message = '') {
    const hidden = Object.entries(request)
      .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
      .join('');
    html(
      res,
      200,
      page(
        'fr',
        'Se connecter',
        `${errorMessage(message)}${form(
          action,
          `${hidden}${input({ name: 'login', label: 'Adresse e-mail', type: 'email', value: request.login_hint ?? '', autocomplete: 'username' })}${input({ name: 'passwd', label: 'Mot de passe', type: 'password', autocomplete: 'current-password' })}`,
          'Se connecter',
        )}`,
      ),
    );
  }

  async function authorize(req, res, url, tenant) {
    const body = req.method === 'POST' ? await readForm(req) : {};
    const { login, passwd, ...fromForm } = body;
    const request = req.method === 'POST' ? fromForm : Object.fromEntries(url.searchParams);
    if (consume('unknown-client') || request.client_id !== ENTRA_CLIENT_ID) {
      return errorPage(res, ENTRA_FAULTS['unknown-client'], request['client-request-id']);
    }
    if (consume('wrong-redirect-uri') || !redirectUris.has(request.redirect_uri)) {
      return errorPage(res, ENTRA_FAULTS['wrong-redirect-uri'], request['client-request-id']);
    }
    if (request.response_type !== 'code' || request.code_challenge_method !== 'S256' || !request.code_challenge) {
      const error = entraError({
        code: 90014,
        error: 'invalid_request',
        text: "The request body must contain the following parameter: 'code_challenge'.",
      });
      return respond(res, request, {
        error: error.error,
        error_description: error.error_description,
        error_uri: error.error_uri,
      });
    }
    const session = sessionOf(req);
    if (request.prompt === 'none') {
      if (session && session.tenant.id === tenant.id) return issueCode(res, request, tenant, session.account);
      const error = entraError(ENTRA_PROTOCOL_ERRORS.silentNoSession, { correlationId: request['client-request-id'] });
      return respond(res, request, {
        error: error.error,
        error_description: error.error_description,
        error_uri: error.error_uri,
      });
    }
    if (req.method === 'GET') return signInPage(res, url.pathname, request);
    const account = accounts.get(
      String(login ?? '')
        .trim()
        .toLowerCase(),
    );
    if (!account || account.password !== passwd) {
      return signInPage(res, url.pathname, request, 'Votre compte ou mot de passe est incorrect.');
    }
    const sessionId = randomBytes(24).toString('base64url');
    sessions.set(sessionId, { tenant, account, expires: Date.now() + sessionLifetime * 1000 });
    issueCode(res, request, tenant, account, {
      'set-cookie': `ESTSAUTH=${sessionId}; Path=/; Secure; HttpOnly; SameSite=None`,
    });
  }

  async function token(req, res, tenant, cors) {
    const body = await readForm(req);
    const correlationId =
      new URL(req.url, 'https://x').searchParams.get('client-request-id') ?? req.headers['client-request-id'];
    const fail = (fault, status = 400) => send(res, status, entraError(fault, { correlationId }), cors);
    const fault = takeFault('token');
    if (fault) return fail(fault);
    if (body.grant_type === 'authorization_code') {
      const grant = codes.get(body.code);
      if (!grant) return fail(ENTRA_PROTOCOL_ERRORS.codeRedeemed);
      codes.delete(body.code);
      const challenge = createHash('sha256')
        .update(body.code_verifier ?? '')
        .digest('base64url');
      if (challenge !== grant.challenge) return fail(ENTRA_PROTOCOL_ERRORS.pkceMismatch);
      if (
        grant.clientId !== body.client_id ||
        grant.redirectUri !== body.redirect_uri ||
        grant.tenant.id !== tenant.id ||
        grant.expires < Date.now()
      ) {
        return fail(ENTRA_PROTOCOL_ERRORS.badGrant);
      }
      return send(
        res,
        200,
        tokens(tenant, grant.account, { clientId: grant.clientId, nonce: grant.nonce, scope: body.scope }),
        cors,
      );
    }
    if (body.grant_type === 'refresh_token') {
      if (revokedTokens.has(body.refresh_token)) return fail(ENTRA_PROTOCOL_ERRORS.revokedGrant);
      const grant = refreshTokens.get(body.refresh_token);
      if (!grant || grant.clientId !== body.client_id) return fail(ENTRA_PROTOCOL_ERRORS.badGrant);
      refreshTokens.delete(body.refresh_token);
      if (grant.expires <= Date.now()) return fail(ENTRA_FAULTS['spa-session-expired']);
      renewals++;
      const renewed = tokens(tenant, grant.account, {
        clientId: grant.clientId,
        scope: body.scope,
        chainExpires: grant.expires,
      });
      return send(res, 200, renewed, cors);
    }
    return fail({ code: 70003, error: 'unsupported_grant_type', text: 'The app returned an unsupported grant type.' });
  }

  function logout(req, res, url) {
    const session = /(?:^|;\s*)ESTSAUTH=([\w-]+)/.exec(req.headers.cookie ?? '')?.[1];
    if (session) sessions.delete(session);
    const target = url.searchParams.get('post_logout_redirect_uri');
    const expire = 'ESTSAUTH=; Path=/; Secure; HttpOnly; SameSite=None; Max-Age=0';
    if (target && redirectUris.has(target.replace(/[?#].*$/, ''))) {
      const back = new URL(target);
      const state = url.searchParams.get('state');
      if (state) back.searchParams.set('state', state);
      res.writeHead(302, { location: back.href, 'set-cookie': expire, 'cache-control': 'no-store' }).end();
      return;
    }
    html(res, 200, page('fr', 'Vous êtes déconnecté.', ''), { 'set-cookie': expire });
  }

  const server = createServer({ key: certificate.key, cert: certificate.cert }, async (req, res) => {
    const host = String(req.headers.host ?? '')
      .replace(/:443$/, '')
      .toLowerCase();
    const url = new URL(req.url, `https://${host || ENTRA_HOST}`);
    requests.push(`${req.method} ${host}${url.pathname}`);
    const hold = holds.get(url.pathname);
    if (hold) await new Promise((resolve) => setTimeout(resolve, hold));
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    const origin = req.headers.origin;
    const cors = origin && appOrigins.includes(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {};
    try {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          ...cors,
          'access-control-allow-methods': 'GET, POST',
          'access-control-allow-headers':
            'content-type, client-request-id, x-client-sku, x-client-ver, x-client-os, x-client-cpu, x-app-name, x-app-ver, x-ms-lib-capability, x-client-current-telemetry, x-client-last-telemetry',
          'access-control-max-age': '86400',
        });
        return res.end();
      }
      if (url.pathname === '/idp.css') {
        res.writeHead(200, { 'content-type': 'text/css; charset=utf-8' });
        return res.end(STYLES);
      }
      if (host === ENTRA_HOST && url.pathname === '/common/discovery/instance') {
        return send(
          res,
          200,
          {
            tenant_discovery_endpoint: `https://${ENTRA_HOST}/{tenant}/v2.0/.well-known/openid-configuration`,
            'api-version': '1.1',
            metadata: [
              { preferred_network: ENTRA_HOST, preferred_cache: 'login.windows.net', aliases: WINDOWS_NET_ALIASES },
            ],
          },
          { 'access-control-allow-origin': '*' },
        );
      }
      const [segment, ...rest] = url.pathname.split('/').filter(Boolean);
      const tenant = tenantOf(host, segment);
      const route = rest.join('/');
      if (!tenant) {
        return send(res, 400, entraError(ENTRA_PROTOCOL_ERRORS.unknownTenant), { 'access-control-allow-origin': '*' });
      }
      if (req.method === 'GET' && route === 'v2.0/.well-known/openid-configuration') {
        return send(res, 200, metadata(tenant), { 'access-control-allow-origin': '*' });
      }
      if (req.method === 'GET' && route === 'discovery/v2.0/keys')
        return send(res, 200, jwks, { 'access-control-allow-origin': '*' });
      if (route === 'oauth2/v2.0/authorize') return await authorize(req, res, url, tenant);
      if (req.method === 'POST' && route === 'oauth2/v2.0/token') return await token(req, res, tenant, cors);
      if (req.method === 'GET' && route === 'oauth2/v2.0/logout') return logout(req, res, url);
      send(res, 404, entraError({ code: 90056, error: 'invalid_request', text: 'BadResourceRequest.' }));
    } catch (error) {
      log(`[entra] ${req.method} ${url.pathname}: ${error.message}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Server error');
    }
  });
  const close = await listenOnLoopback(server, port);
  return {
    port,
    requests,
    /** How many times a refresh token was redeemed for new tokens. */
    get renewals() {
      return renewals;
    },
    /**
     * Revokes every refresh token and browser session of `email`, as an administrator's « Revoke
     * sessions » (or a password reset) does: the next renewal answers AADSTS50173.
     */
    revokeSessions(email) {
      const address = email.toLowerCase();
      for (const [token, grant] of refreshTokens) {
        if (grant.account.email.toLowerCase() !== address) continue;
        refreshTokens.delete(token);
        revokedTokens.add(token);
      }
      for (const [id, session] of sessions) if (session.account.email.toLowerCase() === address) sessions.delete(id);
    },
    /** Makes the next step of that kind answer with the fault `name` of ENTRA_FAULTS (used once). */
    fault(name) {
      if (!ENTRA_FAULTS[name]) throw new Error(`no such Entra fault: ${name}`);
      pending.push(name);
      return () => {
        const index = pending.indexOf(name);
        if (index !== -1) pending.splice(index, 1);
      };
    },
    /** Makes requests to `pathname` wait `ms`; returns a function that stops it. */
    hold(pathname, ms) {
      holds.set(pathname, ms);
      return () => holds.delete(pathname);
    },
    close,
  };
}
