// Test and story helpers for pages that embed the elements: an auth client without Microsoft.
export { CAMILLE, FakeAuthClient } from './fake-auth-client.js';
