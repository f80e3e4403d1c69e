import { UpstreamError } from '../errors/upstream-error';
import { FakeRequest, FakeReply, FakeUpstream } from '../testing/fake-upstream';
import { ApiClient } from './api-client';
import { Clock } from './clock';
import { HttpEndpoint } from './http-endpoint';
import { TicketAuth } from './ticket-auth';

const PASSWORD = 'hunter2-very-secret';

class FakeClock implements Clock {
  constructor(public time = 1_700_000_000_000) {}
  now(): number {
    return this.time;
  }
  advanceMinutes(minutes: number): void {
    this.time += minutes * 60_000;
  }
}

describe('TicketAuth', () => {
  let server: FakeUpstream;
  let logins: FakeRequest[];
  let issued: number;
  let acceptJson: boolean;
  let clock: FakeClock;
  const clients: ApiClient[] = [];

  beforeAll(async () => {
    server = await FakeUpstream.start();
  });

  afterAll(() => server.close());

  beforeEach(() => {
    logins = [];
    issued = 0;
    acceptJson = true;
    clock = new FakeClock();
    server.handler = (request) => route(request);
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
  });

  function route(request: FakeRequest): FakeReply {
    if (request.path === '/access/ticket') {
      return login(request);
    }
    const cookie = request.headers.cookie ?? '';
    if (!/^(PVE|PBS|PMG)AuthCookie=ticket-\d+$/.test(cookie)) {
      return { status: 401, statusMessage: 'authentication failure' };
    }

    return { data: { cookie, csrf: request.headers['csrfpreventiontoken'] ?? null } };
  }

  function login(request: FakeRequest): FakeReply {
    logins.push(request);
    const json = request.headers['content-type'] === 'application/json';
    if (json && !acceptJson) {
      return { status: 415, statusMessage: 'Unsupported Media Type' };
    }
    const fields = json
      ? (JSON.parse(request.body) as Record<string, string>)
      : Object.fromEntries(new URLSearchParams(request.body));
    if (fields['password'] !== PASSWORD) {
      return { status: 401, statusMessage: 'authentication failure' };
    }
    issued++;

    return {
      data: {
        ticket: `ticket-${issued}`,
        CSRFPreventionToken: `csrf-${issued}`,
        username: fields['username'],
      },
    };
  }

  function api(product: 'pve' | 'pbs' | 'pmg' = 'pve', password = PASSWORD): ApiClient {
    const endpoint = new HttpEndpoint(product, server.url, { verifySSL: false });
    const auth = new TicketAuth(endpoint, { username: 'root@pam', password, clock });
    const client = new ApiClient(endpoint, auth, 5_000);
    clients.push(client);

    return client;
  }

  const echo = (data: unknown) => data as { cookie: string; csrf: string | null };

  it('logs in with JSON and sends the ticket cookie; CSRF only on writes', async () => {
    const client = api();

    const read = await client.get('/nodes', echo);
    const write = await client.post('/nodes/pve1/qemu/100/status/start', {}, echo);

    expect(logins).toHaveLength(1);
    expect(JSON.parse(logins[0].body)).toEqual({ username: 'root@pam', password: PASSWORD });
    expect(read).toEqual({ cookie: 'PVEAuthCookie=ticket-1', csrf: null });
    expect(write).toEqual({ cookie: 'PVEAuthCookie=ticket-1', csrf: 'csrf-1' });
  });

  it('retries the login form-encoded when JSON is refused', async () => {
    acceptJson = false;

    await api('pbs').get('/version', echo);

    expect(logins.map((request) => request.headers['content-type'])).toEqual([
      'application/json',
      'application/x-www-form-urlencoded',
    ]);
    expect(server.requests.at(-1)?.headers.cookie).toBe('PBSAuthCookie=ticket-1');
  });

  it('shares one login between concurrent calls', async () => {
    const client = api('pmg');

    await Promise.all([client.get('/a', echo), client.get('/b', echo), client.get('/c', echo)]);

    expect(logins).toHaveLength(1);
  });

  it('renews the PVE ticket after 1 h 45 min, before the 2 h expiry', async () => {
    const client = api('pve');
    await client.get('/a', echo);

    clock.advanceMinutes(104);
    await client.get('/a', echo);
    expect(logins).toHaveLength(1);

    clock.advanceMinutes(1);
    expect(await client.get('/a', echo)).toEqual({ cookie: 'PVEAuthCookie=ticket-2', csrf: null });
    expect(logins).toHaveLength(2);
  });

  it('renews the PMG ticket sooner, after 90 min', async () => {
    const client = api('pmg');
    await client.get('/a', echo);

    clock.advanceMinutes(89);
    await client.get('/a', echo);
    clock.advanceMinutes(1);
    await client.get('/a', echo);

    expect(logins).toHaveLength(2);
  });

  it('logs in again once when the server forgets a ticket', async () => {
    const client = api();
    await client.get('/a', echo);
    let rejectNext = true;
    server.handler = (request) => {
      if (rejectNext && request.path === '/a') {
        rejectNext = false;
        return { status: 401, statusMessage: 'invalid ticket' };
      }
      return route(request);
    };

    expect(await client.get('/a', echo)).toEqual({ cookie: 'PVEAuthCookie=ticket-2', csrf: null });
  });

  it('a wrong password is an auth error that never contains the password', async () => {
    const wrong = `${PASSWORD}-wrong`;

    const error = await api('pve', wrong)
      .get('/a', echo)
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).kind).toBe('auth');
    expect((error as UpstreamError).message).toContain('the user name or password was rejected');
    expect(JSON.stringify(error)).not.toContain(wrong);
    expect(String(error)).not.toContain(wrong);
  });
});
