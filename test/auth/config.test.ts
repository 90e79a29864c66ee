import { expect } from '@open-wc/testing';
import { AuthConfigError, validateAuthConfig, type AuthConfigInput } from '../../src/auth/config.js';

const PAGE = 'https://portail.example.fr/espace-client/';
const CLIENT_ID = '6f1c3b2a-1234-4cde-9f00-0123456789ab';

function fieldAtFault(input: AuthConfigInput): string | undefined {
  try {
    validateAuthConfig(input, PAGE);
    return undefined;
  } catch (error) {
    expect(error).to.be.instanceOf(AuthConfigError);
    const configError = error as AuthConfigError;
    expect(configError.message).to.contain(`\`${configError.field}\``);
    return configError.field;
  }
}

describe('validateAuthConfig', () => {
  it('fills in safe defaults for Microsoft Entra', () => {
    const config = validateAuthConfig({ clientId: CLIENT_ID }, PAGE);
    expect(config).to.deep.equal({
      clientId: CLIENT_ID,
      authority: 'https://login.microsoftonline.com/organizations',
      redirectUri: 'https://portail.example.fr/redirect.html',
      knownAuthorities: ['login.microsoftonline.com'],
      scopes: [],
      interaction: 'redirect',
      popupFallback: 'redirect',
      protocolMode: 'AAD',
      cacheLocation: 'sessionStorage',
      networkTimeoutMs: 20_000,
    });
  });

  it('keeps a network timeout within bounds', () => {
    expect(validateAuthConfig({ clientId: CLIENT_ID, networkTimeoutMs: 5_000 }, PAGE).networkTimeoutMs).to.equal(5_000);
    expect(fieldAtFault({ clientId: CLIENT_ID, networkTimeoutMs: 1_000 })).to.equal(undefined);
    expect(fieldAtFault({ clientId: CLIENT_ID, networkTimeoutMs: 120_000 })).to.equal(undefined);
  });

  it('accepts Entra tenants by id, domain and alias', () => {
    for (const tenant of [CLIENT_ID, 'bakertilly.fr', 'contoso.onmicrosoft.com', 'common', 'consumers']) {
      expect(fieldAtFault({ clientId: CLIENT_ID, authority: `https://login.microsoftonline.com/${tenant}` })).to.equal(
        undefined,
      );
    }
  });

  it('accepts External ID and adds its host to the known authorities', () => {
    const config = validateAuthConfig(
      { clientId: CLIENT_ID, authority: 'https://bakertillyclients.ciamlogin.com/bakertillyclients.onmicrosoft.com' },
      PAGE,
    );
    expect(config.knownAuthorities).to.deep.equal(['bakertillyclients.ciamlogin.com']);
  });

  it('accepts any OpenID Connect issuer, including https and http on localhost, in OIDC mode', () => {
    const config = validateAuthConfig(
      { clientId: 'espace-client-demo', authority: 'https://localhost:8443/oidc', protocolMode: 'OIDC' },
      'https://localhost:5173/',
    );
    expect(config.knownAuthorities).to.deep.equal(['localhost:8443']);
    expect(config.redirectUri).to.equal('https://localhost:5173/redirect.html');
    expect(fieldAtFault({ clientId: 'c', authority: 'http://127.0.0.1:9000', protocolMode: 'OIDC' })).to.equal(
      undefined,
    );
  });

  it('keeps localStorage only when asked for', () => {
    expect(validateAuthConfig({ clientId: CLIENT_ID, cacheLocation: 'localStorage' }, PAGE).cacheLocation).to.equal(
      'localStorage',
    );
  });

  const mistakes: [string, AuthConfigInput, string][] = [
    ['a missing client id', { clientId: '' }, 'clientId'],
    ['a client id that is not a GUID in Entra', { clientId: 'my-app' }, 'clientId'],
    [
      'a non-https authority',
      { clientId: CLIENT_ID, authority: 'http://login.microsoftonline.com/common' },
      'authority',
    ],
    [
      'a plain-http OIDC issuer off loopback',
      { clientId: 'c', authority: 'http://idp.example.fr', protocolMode: 'OIDC' },
      'authority',
    ],
    [
      'a malformed tenant',
      { clientId: CLIENT_ID, authority: 'https://login.microsoftonline.com/not a tenant!' },
      'authority',
    ],
    ['a missing tenant', { clientId: CLIENT_ID, authority: 'https://login.microsoftonline.com/' }, 'authority'],
    [
      'a malformed External ID tenant',
      { clientId: CLIENT_ID, authority: 'https://x.ciamlogin.com/bad_tenant' },
      'authority',
    ],
    ['an unknown host in Entra mode', { clientId: CLIENT_ID, authority: 'https://idp.example.fr/' }, 'authority'],
    [
      'an authority with a query',
      { clientId: CLIENT_ID, authority: 'https://login.microsoftonline.com/common?x=1' },
      'authority',
    ],
    ['a garbage authority', { clientId: CLIENT_ID, authority: 'not a url' }, 'authority'],
    [
      'a redirect URI on another origin',
      { clientId: CLIENT_ID, redirectUri: 'https://evil.example/redirect.html' },
      'redirectUri',
    ],
    [
      'a logout URI on another origin',
      { clientId: CLIENT_ID, postLogoutRedirectUri: 'https://evil.example/' },
      'postLogoutRedirectUri',
    ],
    ['a known authority with a path', { clientId: CLIENT_ID, knownAuthorities: ['host/path'] }, 'knownAuthorities'],
    ['a scope with a space', { clientId: CLIENT_ID, scopes: ['api://x read'] }, 'scopes'],
    ['an unknown interaction', { clientId: CLIENT_ID, interaction: 'iframe' as never }, 'interaction'],
    ['an unknown popup fallback', { clientId: CLIENT_ID, popupFallback: 'tab' as never }, 'popupFallback'],
    ['an unknown protocol mode', { clientId: CLIENT_ID, protocolMode: 'SAML' as never }, 'protocolMode'],
    ['an unknown cache', { clientId: CLIENT_ID, cacheLocation: 'cookies' as never }, 'cacheLocation'],
    ['a network timeout under a second', { clientId: CLIENT_ID, networkTimeoutMs: 999 }, 'networkTimeoutMs'],
    ['a network timeout over two minutes', { clientId: CLIENT_ID, networkTimeoutMs: 120_001 }, 'networkTimeoutMs'],
    ['a fractional network timeout', { clientId: CLIENT_ID, networkTimeoutMs: 1500.5 }, 'networkTimeoutMs'],
    ['a network timeout that is not a number', { clientId: CLIENT_ID, networkTimeoutMs: NaN }, 'networkTimeoutMs'],
  ];
  for (const [what, input, field] of mistakes) {
    it(`names \`${field}\` for ${what}`, () => expect(fieldAtFault(input)).to.equal(field));
  }

  it('accepts an unknown authority host listed in known authorities (Azure AD B2C)', () => {
    expect(
      fieldAtFault({
        clientId: CLIENT_ID,
        authority: 'https://tenant.b2clogin.com/tenant.onmicrosoft.com/B2C_1_signin',
        knownAuthorities: ['tenant.b2clogin.com'],
      }),
    ).to.equal(undefined);
  });
});
