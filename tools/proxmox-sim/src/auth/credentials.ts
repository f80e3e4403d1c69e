import { randomBytes, randomUUID } from 'node:crypto';

export interface TokenCredentials {
  user: string;
  password: string;
  tokenId: string;
  tokenSecret: string;
}

export type TicketOnlyCredentials = Pick<TokenCredentials, 'user' | 'password'>;

export interface SimulatorCredentials {
  pve: TokenCredentials;
  pbs: TokenCredentials;
  pmg: TicketOnlyCredentials;
}

export type CredentialOverrides = {
  [K in keyof SimulatorCredentials]?: Partial<SimulatorCredentials[K]>;
};

/** Fresh random secrets per start unless the caller pins them. */
export function createCredentials(overrides: CredentialOverrides = {}): SimulatorCredentials {
  const tokenPair = () => ({
    user: 'root@pam',
    password: randomBytes(12).toString('base64url'),
    tokenId: 'root@pam!pulse',
    tokenSecret: randomUUID(),
  });
  const pmg = { user: 'root@pam', password: randomBytes(12).toString('base64url') };

  return {
    pve: { ...tokenPair(), ...overrides.pve },
    pbs: { ...tokenPair(), ...overrides.pbs },
    pmg: { ...pmg, ...overrides.pmg },
  };
}
