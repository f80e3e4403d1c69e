import { startSimulator } from '../simulator';
import { Simulator } from '../simulator.types';
import { call, login, pbs, pve, pveToken } from '../testing/api-client';

type Body = { data: unknown; message?: string };

describe('authentication', () => {
  let sim: Simulator;
  let now = Date.UTC(2025, 5, 1, 12, 0, 0);

  beforeAll(async () => {
    sim = await startSimulator({ tickMs: 0, clock: () => now });
  });

  afterAll(() => sim.close());

  const api = (product: 'pve' | 'pbs' | 'pmg', path: string) =>
    `${sim[product].url}/api2/json${path}`;

  it('accepts the PVE and PBS API tokens in their own header formats', async () => {
    const pveRes = await pve<Body>(sim, '/nodes');
    const pbsRes = await pbs<Body>(sim, '/admin/datastore');

    expect(pveRes.status).toBe(200);
    expect(pbsRes.status).toBe(200);
  });

  it('answers 401 for a wrong token secret or a missing ticket', async () => {
    const c = sim.credentials.pve;
    const wrong = await call<Body>(api('pve', '/nodes'), {
      headers: { authorization: `PVEAPIToken=${c.tokenId}=not-the-secret` },
    });
    const pbsWrong = await call<Body>(api('pbs', '/version'), {
      headers: { authorization: `PBSAPIToken=${sim.credentials.pbs.tokenId}:nope` },
    });
    const anonymous = await call<Body>(api('pve', '/version'));

    expect(wrong.status).toBe(401);
    expect(pbsWrong.status).toBe(401);
    expect(anonymous.status).toBe(401);
  });

  it('does not accept the PVE token format on PBS', async () => {
    const res = await call<Body>(api('pbs', '/version'), { headers: pveToken(sim) });

    expect(res.status).toBe(401);
  });

  it('rejects every API token on PMG', async () => {
    const res = await call<Body>(api('pmg', '/version'), {
      headers: { authorization: 'PMGAPIToken=root@pam!pulse:whatever' },
    });

    expect(res.status).toBe(401);
    expect(res.body.message).toContain('API tokens not implemented');
  });

  it('logs in with JSON and form bodies and serves requests with the ticket cookie', async () => {
    const { user, password } = sim.credentials.pbs;
    const json = await login(sim.pbs.url, user, password);
    const form = await call<{ data: { ticket: string } }>(api('pve', '/access/ticket'), {
      form: { username: 'root', realm: 'pam', password: sim.credentials.pve.password },
    });
    const cookie = encodeURIComponent(form.body.data.ticket);
    const withCookie = await call<Body>(api('pve', '/nodes'), {
      headers: { cookie: `PVEAuthCookie=${cookie}` },
    });
    const pbsCookie = await call<Body>(api('pbs', '/admin/datastore'), {
      headers: { cookie: `PBSAuthCookie=${json.ticket}` },
    });

    expect(json.ticket).toMatch(/^PBS:root@pam:[0-9A-F]{8}::/);
    expect(form.body.data.ticket).toMatch(/^PVE:root@pam:/);
    expect(withCookie.status).toBe(200);
    expect(pbsCookie.status).toBe(200);
  });

  it('answers a wrong password with 401', async () => {
    const res = await call(api('pmg', '/access/ticket'), {
      json: { username: 'root@pam', password: 'wrong' },
    });

    expect(res.status).toBe(401);
  });

  it('requires the CSRF token on writes made with a ticket', async () => {
    const ticket = await login(sim.pve.url, 'root@pam', sim.credentials.pve.password);
    const guest = sim.inventory().guests.find((g) => g.status === 'stopped' && !g.template);
    if (!guest) throw new Error('scenario has no stopped guest');
    const path = `/nodes/${guest.node}/${guest.type}/${guest.vmid}/status/start`;
    const cookie = { cookie: `PVEAuthCookie=${encodeURIComponent(ticket.ticket)}` };
    const without = await call<Body>(api('pve', path), { method: 'POST', headers: cookie });
    const withToken = await call<Body>(api('pve', path), {
      method: 'POST',
      headers: { ...cookie, CSRFPreventionToken: ticket.CSRFPreventionToken },
    });

    expect(without.status).toBe(401);
    expect(withToken.status).toBe(200);
    expect(String(withToken.body.data)).toMatch(/^UPID:/);
    expect(sim.inventory().guests.find((g) => g.vmid === guest.vmid)?.status).toBe('running');
  });

  it('expires tickets after two hours and renews a valid ticket used as password', async () => {
    const ticket = await login(sim.pmg.url, 'root@pam', sim.credentials.pmg.password);
    const cookie = { cookie: `PMGAuthCookie=${ticket.ticket}` };
    now += 90 * 60 * 1000;
    const renewed = await call<{ data: { ticket: string } }>(api('pmg', '/access/ticket'), {
      json: { username: 'root@pam', password: ticket.ticket },
    });
    now += 31 * 60 * 1000;
    const expired = await call<Body>(api('pmg', '/version'), { headers: cookie });
    const fresh = await call<Body>(api('pmg', '/version'), {
      headers: { cookie: `PMGAuthCookie=${renewed.body.data.ticket}` },
    });

    expect(renewed.status).toBe(200);
    expect(expired.status).toBe(401);
    expect(fresh.status).toBe(200);
  });

  it('answers 403 where a token lacks a privilege on one path only', async () => {
    const fault = sim.faults.denyPrivilege('pve', '/nodes/pve2/disks/list', 'Sys.Audit');
    const denied = await pve<Body>(sim, '/nodes/pve2/disks/list');
    const other = await pve<Body>(sim, '/nodes/pve1/disks/list');
    const ticket = await login(sim.pve.url, 'root@pam', sim.credentials.pve.password);
    const viaTicket = await call<Body>(api('pve', '/nodes/pve2/disks/list'), {
      headers: { cookie: `PVEAuthCookie=${encodeURIComponent(ticket.ticket)}` },
    });
    sim.faults.remove(fault.id);

    expect(denied.status).toBe(403);
    expect(denied.body.message).toContain('Permission check failed (/nodes/pve2, Sys.Audit)');
    expect(other.status).toBe(200);
    expect(viaTicket.status).toBe(200);
  });
});
