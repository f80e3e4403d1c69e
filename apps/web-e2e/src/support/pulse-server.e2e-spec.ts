import { createServer } from 'node:net';
import { startPulseServer } from './pulse-server';

/** A listener on the first port handed out: it accepts connections and never answers them. */
const squatter = createServer();
let portsHandedOut = 0;

jest.mock('./free-port', () => {
  const real = jest.requireActual<typeof import('./free-port')>('./free-port');

  return {
    findFreePort: async () => {
      portsHandedOut++;
      if (portsHandedOut > 1) {
        return real.findFreePort();
      }
      await new Promise<void>((done) => squatter.listen(0, '127.0.0.1', done));

      return (squatter.address() as { port: number }).port;
    },
  };
});

describe('the e2e harness starting the server', () => {
  afterAll(() => squatter.close());

  it('tries another port when the one found free is taken before the server listens', async () => {
    const server = await startPulseServer();

    expect(portsHandedOut).toBe(2);
    expect((await fetch(`${server.baseUrl}/api/health`)).status).toBe(200);
    await server.stop();
  }, 60_000);
});
