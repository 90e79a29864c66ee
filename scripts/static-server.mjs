// A minimal static file server on 127.0.0.1 for checks that open built output in Chromium.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Serves `root` on a free loopback port; resolves to `{ url, close }`. `answer(request, response)`,
 * when given, sees each request first and returns true when it answered it (a stub API).
 */
export function serveStatic(root, headers = {}, answer = () => false) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    if (answer(request, response)) return;
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    // Browsers ask every origin for a favicon; none is part of what is checked.
    if (path === '/favicon.ico') return response.writeHead(204).end();
    const file = join(base, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(base)) return response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      response.end(body);
    } catch {
      response.writeHead(404).end('Not found');
    }
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      done({ url: `http://127.0.0.1:${port}`, close: () => new Promise((closed) => server.close(closed)) });
    }),
  );
}
