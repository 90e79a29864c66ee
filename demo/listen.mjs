import { createServer } from 'node:net';

// The development servers (demo pages, identity provider, Entra emulator) listen the same way:
// on loopback only, and closing one ends its open connections too, so that tests never wait on a
// browser's kept-alive socket.

/** Listens on 127.0.0.1:`port`; resolves to a `close()` that destroys open sockets, then closes. */
export async function listenOnLoopback(server, port) {
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return () =>
    new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
}

/** A port free on loopback right now, so that runs never collide with `npm start` or each other. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
