// The kit's HTTP client: one kept-alive connection per source address (so that timing compares
// answers, not TLS handshakes), a timeout per request, an overall deadline and a bounded number
// of requests.
import http from 'node:http';
import https from 'node:https';
import { rootCertificates } from 'node:tls';

export class BudgetError extends Error {}

export function createClient({ base, ca, timeoutMs = 10_000, deadline = Infinity, maxRequests = 120 }) {
  const url = new URL(base);
  const secure = url.protocol === 'https:';
  if (!secure && url.protocol !== 'http:') throw new Error(`unsupported protocol ${url.protocol}`);
  const transport = secure ? https : http;
  const agents = new Map();
  let count = 0;

  const agentFor = (localAddress) => {
    const key = localAddress ?? '';
    if (!agents.has(key)) {
      agents.set(
        key,
        new transport.Agent({
          keepAlive: true,
          maxSockets: 1,
          ...(localAddress && { localAddress }),
          // An extra CA adds to the usual roots rather than replacing them.
          ...(secure && ca && { ca: [...rootCertificates, ca] }),
        }),
      );
    }
    return agents.get(key);
  };

  /**
   * Sends one request to `base` + `path`. `body`: a string sent as is, or a value sent as JSON
   * with `Content-Type: application/json`. Resolves with the status, headers (lower-cased), text,
   * parsed JSON (undefined when the body is not JSON) and the time to the answer's headers in ms.
   */
  function request({ method = 'POST', path = '', headers = {}, body, json, localAddress } = {}) {
    if (count >= maxRequests) throw new BudgetError(`more than ${maxRequests} requests`);
    if (Date.now() > deadline) throw new BudgetError('overall deadline reached');
    count++;
    const target = new URL(url.href.replace(/\/$/, '') + path);
    const payload = json !== undefined ? JSON.stringify(json) : body;
    const allHeaders = {
      ...(json !== undefined && { 'content-type': 'application/json' }),
      ...headers,
      ...(payload !== undefined && { 'content-length': Buffer.byteLength(payload) }),
    };
    for (const [name, value] of Object.entries(allHeaders)) if (value === undefined) delete allHeaders[name];
    const remaining = Math.max(1, Math.min(timeoutMs, deadline - Date.now()));
    return new Promise((resolve, reject) => {
      // From just before the request is written (building it takes microseconds) to its answer's headers.
      const start = process.hrtime.bigint();
      const req = transport.request(
        target,
        { method, headers: allHeaders, agent: agentFor(localAddress), timeout: remaining },
        (res) => {
          const ms = Number(process.hrtime.bigint() - start) / 1e6;
          const chunks = [];
          let size = 0;
          res.on('data', (chunk) => {
            size += chunk.length;
            if (size > 1_000_000) req.destroy(new Error('answer larger than 1 MB'));
            else chunks.push(chunk);
          });
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed;
            try {
              parsed = text ? JSON.parse(text) : undefined;
            } catch {
              parsed = undefined;
            }
            resolve({ status: res.statusCode, headers: res.headers, text, body: parsed, ms, method, path });
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${remaining} ms`)));
      req.on('error', (error) => reject(new Error(`${method} ${target.pathname}: ${error.message}`)));
      req.end(payload);
    });
  }

  return {
    request,
    get count() {
      return count;
    },
    close() {
      for (const agent of agents.values()) agent.destroy();
    },
  };
}
