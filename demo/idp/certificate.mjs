// A certificate for localhost made at each start (nothing committed), and the hash of its public
// key, which Chromium is told to trust with --ignore-certificate-errors-spki-list. `dnsNames` adds
// host names to it, such as Microsoft's for the Microsoft mode of the provider (entra.mjs), whose
// browser maps them to loopback with --host-resolver-rules.
import { createHash, X509Certificate } from 'node:crypto';
import selfsigned from 'selfsigned';

export async function createLocalhostCertificate({ dnsNames = [] } = {}) {
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 7 * 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          ...dnsNames.map((value) => ({ type: 2, value })),
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  const publicKey = new X509Certificate(pems.cert).publicKey.export({ type: 'spki', format: 'der' });
  return {
    key: pems.private,
    cert: pems.cert,
    spkiHash: createHash('sha256').update(publicKey).digest('base64'),
  };
}
