import { IsString } from 'class-validator';

import { Env } from '../env.decorator';
import { asFlag, asInt, asList, asLowerCase, asString } from '../env-parsers';
import { IsCidrList, IsCount, IsFlag, IsOneOf } from '../env-validators';

export const DISCOVERY_ENVIRONMENTS = [
  'auto',
  'native',
  'docker_host',
  'docker_bridge',
  'lxc_privileged',
  'lxc_unprivileged',
] as const;

/** Network scans for Proxmox servers (every 5 minutes when enabled). */
export class DiscoverySettings {
  @Env('DISCOVERY_ENABLED', asFlag)
  @IsFlag()
  enabled = false;

  /** `auto` or a CIDR range. */
  @Env('DISCOVERY_SUBNET', asString)
  @IsString()
  subnet = 'auto';

  @Env('DISCOVERY_ENVIRONMENT_OVERRIDE', asLowerCase)
  @IsOneOf(DISCOVERY_ENVIRONMENTS)
  environmentOverride: (typeof DISCOVERY_ENVIRONMENTS)[number] = 'auto';

  @Env('DISCOVERY_SUBNET_ALLOWLIST', asList)
  @IsCidrList()
  subnetAllowlist: string[] = [];

  @Env('DISCOVERY_SUBNET_BLOCKLIST', asList)
  @IsCidrList()
  subnetBlocklist: string[] = ['169.254.0.0/16'];

  @Env('DISCOVERY_MAX_HOSTS_PER_SCAN', asInt)
  @IsCount(1, 65_536)
  maxHostsPerScan = 1024;

  @Env('DISCOVERY_MAX_CONCURRENT', asInt)
  @IsCount(1, 1000)
  maxConcurrent = 50;

  @Env('DISCOVERY_ENABLE_REVERSE_DNS', asFlag)
  @IsFlag()
  reverseDns = true;

  @Env('DISCOVERY_SCAN_GATEWAYS', asFlag)
  @IsFlag()
  scanGateways = true;

  @Env('DISCOVERY_DIAL_TIMEOUT_MS', asInt)
  @IsCount(1, 60_000)
  dialTimeoutMs = 1000;

  @Env('DISCOVERY_HTTP_TIMEOUT_MS', asInt)
  @IsCount(1, 60_000)
  httpTimeoutMs = 2000;
}
