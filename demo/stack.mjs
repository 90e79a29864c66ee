// Starts everything a browser needs to sign in without Azure: the certificate, the built demo,
// the identity provider and the demo server. Used by `npm start` and by the end-to-end tests.
import { build } from 'vite';
import { fileURLToPath } from 'node:url';
import { createLocalhostCertificate } from './idp/certificate.mjs';
import { CLIENT_ID, startIdentityProvider } from './idp/provider.mjs';
import { startDemoServer } from './server.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

export async function startStack({
  outDir,
  idpPort,
  demoPort,
  appOrigins = [],
  dataFile,
  log = console.log,
  quiet = false,
  activationFlaws,
}) {
  // Each stack builds into a folder of its own: test runs side by side never replace each other's files.
  const root = outDir ?? `${here}../.cache/demo-dist`;
  await build({
    configFile: `${here}vite.config.ts`,
    logLevel: quiet ? 'silent' : 'warn',
    build: { outDir: root, emptyOutDir: true },
  });
  const certificate = await createLocalhostCertificate();
  const demoOrigin = `https://localhost:${demoPort}`;
  const startIdp = () =>
    startIdentityProvider({ port: idpPort, demoOrigin, appOrigins, certificate, dataFile, log, activationFlaws });
  let idp = await startIdp();
  const demo = await startDemoServer({
    port: demoPort,
    root,
    certificate,
    idpOrigin: idp.issuer,
    clientId: CLIENT_ID,
  });
  return {
    certificate,
    get idp() {
      return idp;
    },
    demo,
    /** Stops the identity provider, as an outage would; `startIdp()` brings it back with its data. */
    stopIdp: () => idp.close(),
    startIdp: async () => {
      idp = await startIdp();
    },
    close: async () => {
      await demo.close();
      await idp.close();
    },
  };
}
