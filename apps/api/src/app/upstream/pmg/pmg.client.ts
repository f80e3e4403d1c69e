import { decodeVersion } from '../decode/product-version';
import { ApiClient } from '../http/api-client';
import { createAuth } from '../http/auth-factory';
import { systemClock } from '../http/clock';
import {
  ConnectionTestResult,
  DEFAULT_BUDGET_MS,
  timedTest,
  UpstreamConnectionConfig,
  UpstreamRuntime,
} from '../http/connection';
import { HttpEndpoint } from '../http/http-endpoint';
import { DEFAULT_AGENT_LIMITS } from '../http/tls';
import { UpstreamTransport } from '../http/transport';
import { PmgMailClient } from './pmg-mail.client';
import { PmgNodesClient } from './pmg-nodes.client';
import { PmgVersion } from './pmg.types';

export interface PmgTestDetails {
  nodes: string[];
}

/** Typed access to one Proxmox Mail Gateway (ticket login only: PMG has no API tokens). */
export class PmgClient {
  readonly mail: PmgMailClient;
  readonly nodes: PmgNodesClient;

  constructor(
    private readonly transport: UpstreamTransport,
    readonly endpoint: string,
  ) {
    this.mail = new PmgMailClient(transport);
    this.nodes = new PmgNodesClient(transport);
  }

  static create(config: UpstreamConnectionConfig, runtime: UpstreamRuntime = {}): PmgClient {
    const tls = { verifySSL: config.verifySSL ?? false, fingerprint: config.fingerprint };
    const limits = { ...DEFAULT_AGENT_LIMITS, ...runtime.limits };
    const endpoint = new HttpEndpoint('pmg', config.host, tls, limits);
    const auth = createAuth(endpoint, config, runtime.clock ?? systemClock);
    const budget = config.timeoutMs ?? DEFAULT_BUDGET_MS.pmg;

    return new PmgClient(new ApiClient(endpoint, auth, budget, runtime.logger), endpoint.label);
  }

  version(): Promise<PmgVersion> {
    return this.transport.get('/version', decodeVersion);
  }

  /** Logs in, reads the version and the cluster node list. */
  testConnection(): Promise<ConnectionTestResult<PmgTestDetails>> {
    return timedTest('pmg', this.endpoint, async () => {
      const version = await this.version();
      const nodes = await this.nodes.clusterStatus();

      return { ...version, nodes: nodes.map((node) => node.name) };
    });
  }

  close(): Promise<void> {
    return this.transport.close();
  }
}
