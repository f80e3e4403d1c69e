import { Injectable } from '@nestjs/common';
import { NodeTestResponse, NodeType } from '@pulse/contracts';

import { PulseConfig } from '../../services/config/pulse-config';
import { UpstreamError } from '../upstream/errors/upstream-error';
import { ConnectionTestResult } from '../upstream/http/connection';
import { PbsClient } from '../upstream/pbs/pbs.client';
import { PmgClient } from '../upstream/pmg/pmg.client';
import { PveClient } from '../upstream/pve/pve.client';
import { PveClusterInfo } from '../upstream/pve/pve-cluster.types';

/** Everything needed to reach one instance, with secrets in plain text (memory only). */
export interface NodeConnectionSettings {
  type: NodeType;
  host: string;
  user?: string;
  password?: string;
  tokenName?: string;
  tokenValue?: string;
  fingerprint?: string;
  verifySSL: boolean;
}

/** A test answer plus, for PVE, the cluster seen, so that adding a node can store its members. */
export interface NodeTestOutcome {
  response: NodeTestResponse;
  cluster?: PveClusterInfo;
}

/** Logs in to an instance with the given settings and reads a little, to prove they work. */
@Injectable()
export class NodeConnectionService {
  constructor(private readonly config: PulseConfig) {}

  async test(settings: NodeConnectionSettings): Promise<NodeTestOutcome> {
    const options = { ...settings, timeoutMs: this.config.polling.connectionTimeoutMs };
    try {
      switch (settings.type) {
        case 'pve':
          return await this.run(PveClient.create(options), describePve);
        case 'pbs':
          return await this.run(PbsClient.create(options), describePbs);
        case 'pmg':
          return await this.run(PmgClient.create(options), describePmg);
      }
    } catch (error) {
      return { response: failure(error) };
    }
  }

  private async run<T extends object>(
    client: { testConnection(): Promise<ConnectionTestResult<T>>; close(): Promise<void> },
    describe: (result: T & { version: string; latencyMs: number }) => NodeTestOutcome,
  ): Promise<NodeTestOutcome> {
    try {
      const result = await client.testConnection();
      if (!result.ok) {
        return { response: failure(result.error, result.latencyMs) };
      }

      return describe(result as T & { version: string; latencyMs: number });
    } finally {
      await client.close();
    }
  }
}

function describePve(result: {
  version: string;
  latencyMs: number;
  nodes: string[];
  cluster: PveClusterInfo;
}): NodeTestOutcome {
  const { cluster } = result;
  const message = cluster.isCluster
    ? `Connected to PVE cluster ${cluster.clusterName ?? ''} with ${cluster.members.length} nodes`
    : `Connected to PVE node (version ${result.version})`;

  return {
    cluster,
    response: {
      status: 'success',
      message: message.replace('  ', ' '),
      latency: result.latencyMs,
      version: result.version,
      isCluster: cluster.isCluster,
      nodeCount: result.nodes.length,
      ...(cluster.isCluster
        ? { clusterNodeCount: cluster.members.length, clusterName: cluster.clusterName }
        : {}),
    },
  };
}

function describePbs(result: { version: string; latencyMs: number; datastores: string[] }) {
  const count = result.datastores.length;

  return {
    response: {
      status: 'success' as const,
      message: `Connected to PBS ${result.version} with ${count} datastore${plural(count)}`,
      latency: result.latencyMs,
      version: result.version,
      datastoreCount: count,
    },
  };
}

function describePmg(result: {
  version: string;
  release?: string;
  latencyMs: number;
  nodes: string[];
}) {
  return {
    response: {
      status: 'success' as const,
      message: `Connected to PMG ${result.version} with ${result.nodes.length} cluster nodes`,
      latency: result.latencyMs,
      version: result.version,
      ...(result.release ? { release: result.release } : {}),
      nodeCount: result.nodes.length,
    },
  };
}

function plural(count: number): string {
  return count === 1 ? '' : 's';
}

function failure(error: unknown, latency?: number): NodeTestResponse {
  const message = error instanceof Error ? error.message : 'The connection test failed';
  const errorKind = error instanceof UpstreamError ? error.kind : 'malformed';

  return { status: 'error', message, error: message, errorKind, latency };
}
