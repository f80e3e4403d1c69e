import { ApiClient } from '../http/api-client';
import { createAuth } from '../http/auth-factory';
import { systemClock } from '../http/clock';
import {
  ConnectionTestResult,
  DEFAULT_BUDGET_MS,
  timedTest,
  UpstreamRuntime,
} from '../http/connection';
import { ConnectionHealth, EndpointHealth, FailoverTransport } from '../http/failover-transport';
import { HttpEndpoint } from '../http/http-endpoint';
import { DEFAULT_AGENT_LIMITS } from '../http/tls';
import { UpstreamError } from '../errors/upstream-error';
import { AgentTimeouts, PveAgentClient } from './pve-agent.client';
import { PveClusterClient } from './pve-cluster.client';
import { summarizeClusterStatus } from './pve-cluster.decoders';
import { PveClusterInfo } from './pve-cluster.types';
import { PveDisksClient } from './pve-disks.client';
import { endpointTargets, PveClientConfig } from './pve-endpoints';
import { PveGuestsClient } from './pve-guests.client';
import { PveNodesClient } from './pve-nodes.client';
import { PveStorageClient } from './pve-storage.client';

export interface PveRuntime extends UpstreamRuntime {
  agentTimeouts?: AgentTimeouts;
  failoverCooldownMs?: number;
}

export interface PveTestDetails {
  nodes: string[];
  cluster: PveClusterInfo;
}

/** Typed access to one Proxmox VE instance (a single host or a cluster with failover). */
export class PveClient {
  readonly nodes: PveNodesClient;
  readonly guests: PveGuestsClient;
  readonly agent: PveAgentClient;
  readonly storage: PveStorageClient;
  readonly disks: PveDisksClient;
  readonly cluster: PveClusterClient;

  constructor(
    private readonly transport: FailoverTransport,
    readonly endpoint: string,
    agentTimeouts?: AgentTimeouts,
  ) {
    this.nodes = new PveNodesClient(transport);
    this.guests = new PveGuestsClient(transport);
    this.agent = new PveAgentClient(transport, agentTimeouts);
    this.storage = new PveStorageClient(transport);
    this.disks = new PveDisksClient(transport);
    this.cluster = new PveClusterClient(transport);
  }

  /** Builds the client; throws an UpstreamError (kind auth/tls/unreachable) for bad settings. */
  static create(config: PveClientConfig, runtime: PveRuntime = {}): PveClient {
    const clock = runtime.clock ?? systemClock;
    const limits = { ...DEFAULT_AGENT_LIMITS, ...runtime.limits };
    const budget = config.timeoutMs ?? DEFAULT_BUDGET_MS.pve;
    const clients = endpointTargets(config).map((target) => {
      const tls = { verifySSL: config.verifySSL ?? false, fingerprint: target.fingerprint };
      const endpoint = new HttpEndpoint('pve', target.host, tls, limits);

      return new ApiClient(endpoint, createAuth(endpoint, config, clock), budget, runtime.logger);
    });
    const transport = new FailoverTransport(clients, {
      clock,
      logger: runtime.logger,
      cooldownMs: runtime.failoverCooldownMs,
    });

    return new PveClient(transport, clients[0].endpoint.label, runtime.agentTimeouts);
  }

  /** Cluster membership from `/cluster/status`; a node without cluster support is standalone. */
  async clusterInfo(): Promise<PveClusterInfo> {
    try {
      return summarizeClusterStatus(await this.cluster.status());
    } catch (error) {
      if (error instanceof UpstreamError && error.kind === 'notFound') {
        return { isCluster: false, members: [] };
      }
      throw error;
    }
  }

  /** Logs in, reads the version and the node list, and reports cluster membership. */
  testConnection(): Promise<ConnectionTestResult<PveTestDetails>> {
    return timedTest('pve', this.endpoint, async () => {
      const version = await this.nodes.version();
      const nodes = await this.nodes.nodes();
      const cluster = await this.clusterInfo();

      return { ...version, nodes: nodes.map((node) => node.node), cluster };
    });
  }

  /** Health of every endpoint (the configured host first), as of the last calls. */
  health(): EndpointHealth[] {
    return this.transport.health();
  }

  connectionHealth(): ConnectionHealth {
    return this.transport.connectionHealth();
  }

  close(): Promise<void> {
    return this.transport.close();
  }
}
