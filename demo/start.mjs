// `npm start`: the demo page with its local identity provider, no Azure tenant needed.
import { resolve } from 'node:path';
import { startStack } from './stack.mjs';

const idpPort = Number(process.env.IDP_PORT ?? 8443);
const demoPort = Number(process.env.DEMO_PORT ?? 5173);
const dataFile = resolve(process.env.IDP_DATA ?? '.dev-idp/customers.json');

const stack = await startStack({ idpPort, demoPort, dataFile });
const { demo, idp, certificate } = stack;
const camille = idp.store.customer('camille.martin@example.fr');
const byStatus = (status) => camille.activations.find((a) => idp.store.activationStatus(a) === status)?.token;
const valid = byStatus('valid') ?? idp.store.issueLink(camille).token;
const expired = byStatus('expired');
// The token travels in the fragment, which browsers never send to a server or in a Referer.
const activation = (token) => `${demo.origin}/activation.html#token=${token}`;
const journey = (token) => `${demo.origin}/journey.html#token=${token}`;

console.log(`
Espace Client demo          ${demo.origin}/
  popup sign-in             ${demo.origin}/?interaction=popup
  every element             ${demo.origin}/all-elements.html
Development identity provider ${idp.issuer}  (accounts in ${dataFile})

Activation links for the demo customer camille.martin@example.fr:
  valid      ${activation(valid)}
  expired    ${expired ? activation(expired) : '(none left: delete the accounts file to start over)'}
  malformed  ${activation('not-a-valid-token!')}
  the whole journey in one tag: ${journey(valid)}
A customer with an account: dominique.bernard@example.fr / Espace-Client-2026

Development endpoints (the emails "sent", customer service's second-factor reset) need this run's
secret, and answer 404 without it:
  curl -k -H 'Authorization: Bearer ${idp.devSecret}' ${idp.issuer}/dev/outbox

The certificate is made for this run. Accept it in the browser, or start Chromium with
  --ignore-certificate-errors-spki-list=${certificate.spkiHash}
Ports: IDP_PORT, DEMO_PORT. Ctrl+C to stop.`);

const stop = async () => {
  await stack.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
