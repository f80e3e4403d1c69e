import { normalizeOrigin } from '../http/base-url';
import { UpstreamConnectionConfig } from '../http/connection';

/** A cluster member as stored with the node settings (PascalCase in the Go original). */
export interface PveClusterEndpoint {
  nodeName?: string;
  /** Host name or URL; a URL with a scheme is used as it is. */
  host?: string;
  ip?: string;
  fingerprint?: string;
}

export interface PveClientConfig extends UpstreamConnectionConfig {
  clusterEndpoints?: PveClusterEndpoint[];
}

export interface EndpointTarget {
  host: string;
  fingerprint?: string;
}

/**
 * The configured host first, then every distinct cluster member. A member is addressed by its IP
 * (port 8006) unless its host is a full URL; it pins its own fingerprint when it has one.
 */
export function endpointTargets(config: PveClientConfig): EndpointTarget[] {
  const targets: EndpointTarget[] = [{ host: config.host, fingerprint: config.fingerprint }];
  for (const member of config.clusterEndpoints ?? []) {
    const host = memberHost(member);
    if (host && !targets.some((target) => sameHost(target.host, host))) {
      targets.push({ host, fingerprint: member.fingerprint });
    }
  }

  return targets;
}

function memberHost(member: PveClusterEndpoint): string | undefined {
  const host = member.host?.trim();
  if (host?.includes('://')) {
    return host;
  }

  return member.ip?.trim() || host || undefined;
}

function sameHost(a: string, b: string): boolean {
  return originOf(a) === originOf(b);
}

function originOf(host: string): string {
  try {
    return normalizeOrigin(host, 'pve').origin;
  } catch {
    return host.trim();
  }
}
