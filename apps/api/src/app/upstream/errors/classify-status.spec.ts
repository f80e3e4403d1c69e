import { classifyStatus } from './classify-status';
import { ErrorContext } from './error-context';

const ctx = (overrides: Partial<ErrorContext> = {}): ErrorContext => ({
  product: 'pve',
  endpoint: '127.0.0.1:8006',
  method: 'GET',
  path: '/nodes/pve1/disks/list',
  timeoutMs: 10_000,
  authMode: 'token',
  secrets: ['topsecret'],
  ...overrides,
});

describe('classifyStatus', () => {
  it('401 with a token says the token secret was rejected', () => {
    const error = classifyStatus({ status: 401, upstreamMessage: 'authentication failure' }, ctx());

    expect(error.kind).toBe('auth');
    expect(error.status).toBe(401);
    expect(error.message).toBe(
      'Authentication failed: the API token secret was rejected by 127.0.0.1:8006',
    );
  });

  it('401 with a password names user and password', () => {
    const error = classifyStatus(
      { status: 401, upstreamMessage: '' },
      ctx({ authMode: 'password' }),
    );

    expect(error.message).toContain('the user name or password was rejected');
  });

  it('403 names the object, the privilege and the role to grant', () => {
    const error = classifyStatus(
      { status: 403, upstreamMessage: 'Permission check failed (/nodes/pve1, Sys.Audit)' },
      ctx(),
    );

    expect(error.kind).toBe('permission');
    expect(error.message).toContain('The token lacks the Sys.Audit privilege on /nodes/pve1');
    expect(error.message).toContain('grant PVEAuditor on /');
  });

  it('403 without details falls back to the request path', () => {
    const error = classifyStatus({ status: 403, upstreamMessage: '' }, ctx({ product: 'pbs' }));

    expect(error.message).toContain('lacks a privilege on /nodes/pve1/disks/list');
    expect(error.message).toContain('DatastoreAudit');
  });

  it('595 on a node path is an offline node, elsewhere an auth failure', () => {
    const offline = classifyStatus({ status: 595, upstreamMessage: 'no route' }, ctx());
    const auth = classifyStatus({ status: 595, upstreamMessage: '' }, ctx({ path: '/version' }));

    expect(offline.kind).toBe('offline');
    expect(offline.message).toContain('Node pve1 is offline');
    expect(auth.kind).toBe('auth');
  });

  it.each([
    [404, 'notFound'],
    [501, 'notFound'],
    [408, 'timeout'],
    [429, 'upstream5xx'],
    [500, 'upstream5xx'],
    [503, 'upstream5xx'],
    [400, 'malformed'],
  ])('%i → %s', (status, kind) => {
    expect(classifyStatus({ status, upstreamMessage: 'x' }, ctx()).kind).toBe(kind);
  });

  it('scrubs secrets from the upstream text', () => {
    const error = classifyStatus(
      { status: 500, upstreamMessage: 'bad header PVEAPIToken=x=topsecret' },
      ctx(),
    );

    expect(JSON.stringify(error)).not.toContain('topsecret');
    expect(error.upstreamMessage).toContain('***');
  });

  it('marks guest-agent 500s as no endpoint fault', () => {
    const agent = classifyStatus(
      { status: 500, upstreamMessage: 'QEMU guest agent is not running' },
      ctx(),
    );
    const other = classifyStatus({ status: 500, upstreamMessage: 'boom' }, ctx());

    expect(agent.endpointFault).toBe(false);
    expect(other.endpointFault).toBe(true);
  });
});
