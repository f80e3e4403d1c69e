import { fullTokenId, TokenAuth, withRealm } from './auth';

describe('withRealm', () => {
  it('adds the default realm only when missing', () => {
    expect(withRealm('root', 'pam')).toBe('root@pam');
    expect(withRealm(' monitor@pve ', 'pam')).toBe('monitor@pve');
  });
});

describe('fullTokenId', () => {
  it('keeps a full token id', () => {
    expect(fullTokenId({ tokenName: 'pulse@pve!mon' }, 'pam')).toBe('pulse@pve!mon');
  });

  it('adds the realm to a token owner without one', () => {
    expect(fullTokenId({ tokenName: 'pulse!mon' }, 'pbs')).toBe('pulse@pbs!mon');
  });

  it('takes the owner from the user field when the token id is bare', () => {
    expect(fullTokenId({ tokenName: 'mon', user: 'backup' }, 'pbs')).toBe('backup@pbs!mon');
    expect(fullTokenId({ tokenName: 'mon', user: 'root@pam' }, 'pbs')).toBe('root@pam!mon');
  });

  it('refuses a bare token id without a user', () => {
    expect(() => fullTokenId({ tokenName: 'mon' }, 'pam')).toThrow('user@realm!tokenid');
  });
});

describe('TokenAuth', () => {
  it('writes the PVE header with "=" before the secret', async () => {
    const auth = new TokenAuth('PVEAPIToken', 'root@pam!pulse', 's3cret-value');

    expect(await auth.headers()).toEqual({
      authorization: 'PVEAPIToken=root@pam!pulse=s3cret-value',
    });
  });

  it('writes the PBS header with ":" before the secret and lists it for scrubbing', async () => {
    const auth = new TokenAuth('PBSAPIToken', 'root@pam!pulse', 's3cret-value');

    expect((await auth.headers()).authorization).toBe('PBSAPIToken=root@pam!pulse:s3cret-value');
    expect(auth.secrets()).toContain('s3cret-value');
    expect(auth.invalidate()).toBe(false);
  });
});
