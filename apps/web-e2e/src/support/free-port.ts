import { createServer } from 'node:net';

/** Asks the OS for a free loopback port by binding port 0 and releasing it again. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();

    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;

      probe.close(() => (port ? resolve(port) : reject(new Error('No port was assigned'))));
    });
  });
}
