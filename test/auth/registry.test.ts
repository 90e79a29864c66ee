import { expect, waitUntil } from '@open-wc/testing';
import { configureAuth, getAuthClient, isReplaceable, setAuthClient } from '../../src/auth/registry.js';
import type { MsalAuthClient } from '../../src/auth/msal-auth-client.js';

// This file runs in its own page: what it downloads is its own.
const CLIENT_ID = '00000000-0000-4000-8000-000000000001';
const msalRequested = () =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('@azure/msal-'));

describe('configureAuth', () => {
  afterEach(() => {
    setAuthClient(undefined);
    sessionStorage.clear();
  });

  it('returns the same client for the same configuration', () => {
    const first = configureAuth({ clientId: CLIENT_ID });
    expect(configureAuth({ clientId: CLIENT_ID })).to.equal(first);
  });

  it('replaces a client nothing has used yet, as when a framework binds the authority after the client id', () => {
    const early = configureAuth({ clientId: CLIENT_ID }) as MsalAuthClient;
    early.start();
    expect(isReplaceable()).to.equal(true);
    const settled = configureAuth({
      clientId: CLIENT_ID,
      authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
    }) as MsalAuthClient;
    expect(settled).not.to.equal(early);
    expect(getAuthClient()).to.equal(settled);
    expect(settled.config.authority).to.equal('https://login.microsoftonline.com/contoso.onmicrosoft.com');
  });

  it('never loads MSAL for a client replaced before its deferred start, and keeps one in use', async () => {
    // MSAL left a trace: a started client loads MSAL in the next task.
    sessionStorage.setItem('msal.3.account.keys', '[]');
    const early = configureAuth({
      clientId: 'espace-client-demo',
      authority: 'https://localhost:1/',
      protocolMode: 'OIDC',
    });
    const settled = configureAuth({
      clientId: 'espace-client-demo',
      authority: 'https://localhost:8443/',
      protocolMode: 'OIDC',
    }) as MsalAuthClient;
    expect(settled).not.to.equal(early);
    // The replaced client never leaves `initializing`; the one kept loads MSAL and settles.
    await waitUntil(() => settled.getState().status !== 'initializing', 'the kept client never settled', {
      timeout: 10_000,
    });
    expect(early.getState().status).to.equal('initializing');
    expect(msalRequested()).to.equal(true);
    expect(isReplaceable()).to.equal(false);
    expect(() => configureAuth({ clientId: CLIENT_ID })).to.throw(/already configured differently/);
    expect(getAuthClient()).to.equal(settled);
  });

  it('does not replace a client the host gave', () => {
    const host = { ...configureAuth({ clientId: CLIENT_ID }) };
    setAuthClient(host);
    expect(isReplaceable()).to.equal(false);
    expect(() => configureAuth({ clientId: CLIENT_ID })).to.throw(/already configured differently/);
  });
});
