import { decodeList, decodeObject, text } from '../decode/shape';
import { UpstreamError } from '../errors/upstream-error';
import { ApiClient } from '../http/api-client';
import { createAuth } from '../http/auth-factory';
import { seg } from '../http/base-url';
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
import { decodeVersion } from '../decode/product-version';
import { PbsJobsClient } from './pbs-jobs.client';
import {
  datastoreShape,
  datastoreStatusShape,
  datastoreUsageShape,
  gcStatusShape,
  groupShape,
  namespaceShape,
  nodeStatusShape,
  snapshotShape,
} from './pbs.decoders';
import {
  PbsDatastore,
  PbsDatastoreStatus,
  PbsDatastoreUsage,
  PbsGcStatus,
  PbsGroup,
  PbsNamespace,
  PbsNodeStatus,
  PbsSnapshot,
  PbsSnapshotQuery,
  PbsVersion,
} from './pbs.types';

export interface PbsTestDetails {
  datastores: string[];
}

/** Typed access to one Proxmox Backup Server. */
export class PbsClient {
  readonly jobs: PbsJobsClient;

  constructor(
    private readonly transport: UpstreamTransport,
    readonly endpoint: string,
  ) {
    this.jobs = new PbsJobsClient(transport);
  }

  static create(config: UpstreamConnectionConfig, runtime: UpstreamRuntime = {}): PbsClient {
    const tls = { verifySSL: config.verifySSL ?? false, fingerprint: config.fingerprint };
    const limits = { ...DEFAULT_AGENT_LIMITS, ...runtime.limits };
    const endpoint = new HttpEndpoint('pbs', config.host, tls, limits);
    const auth = createAuth(endpoint, config, runtime.clock ?? systemClock);
    const budget = config.timeoutMs ?? DEFAULT_BUDGET_MS.pbs;

    return new PbsClient(new ApiClient(endpoint, auth, budget, runtime.logger), endpoint.label);
  }

  version(): Promise<PbsVersion> {
    return this.transport.get('/version', decodeVersion);
  }

  /** Node names (PBS answers `localhost` for its own node). */
  nodes(): Promise<string[]> {
    return this.transport.get('/nodes', (data) =>
      decodeList(data, { node: text }).map((entry) => entry.node),
    );
  }

  nodeStatus(node = 'localhost'): Promise<PbsNodeStatus> {
    return this.transport.get(`/nodes/${seg(node)}/status`, (data) =>
      decodeObject(data, nodeStatusShape),
    );
  }

  datastores(): Promise<PbsDatastore[]> {
    return this.transport.get('/admin/datastore', (data) => decodeList(data, datastoreShape));
  }

  /** Usage of every datastore in one call, with PBS's own fill-date estimate. */
  datastoreUsage(): Promise<PbsDatastoreUsage[]> {
    return this.transport.get('/status/datastore-usage', (data) =>
      decodeList(data, datastoreUsageShape),
    );
  }

  datastoreStatus(store: string): Promise<PbsDatastoreStatus> {
    return this.transport.get(`${storePath(store)}/status`, (data) =>
      decodeObject(data, datastoreStatusShape),
    );
  }

  /** Last garbage collection; `dedupFactor()` turns it into the deduplication ratio. */
  gcStatus(store: string): Promise<PbsGcStatus> {
    return this.transport.get(`${storePath(store)}/gc`, (data) =>
      decodeObject(data, gcStatusShape),
    );
  }

  /** Namespaces below the root; PBS before 2.2 has none and answers 404, read as an empty list. */
  async namespaces(store: string): Promise<PbsNamespace[]> {
    try {
      return await this.transport.get(`${storePath(store)}/namespace`, (data) =>
        decodeList(data, namespaceShape),
      );
    } catch (error) {
      if (error instanceof UpstreamError && error.kind === 'notFound') {
        return [];
      }
      throw error;
    }
  }

  groups(store: string, ns?: string): Promise<PbsGroup[]> {
    return this.transport.get(
      `${storePath(store)}/groups`,
      (data) => decodeList(data, groupShape),
      {
        query: { ns: ns || undefined },
      },
    );
  }

  snapshots(store: string, query: PbsSnapshotQuery = {}): Promise<PbsSnapshot[]> {
    return this.transport.get(
      `${storePath(store)}/snapshots`,
      (data) => decodeList(data, snapshotShape),
      {
        query: {
          ns: query.ns || undefined,
          'backup-type': query.backupType,
          'backup-id': query.backupId,
        },
      },
    );
  }

  /** Reads the version and the datastore list. */
  testConnection(): Promise<ConnectionTestResult<PbsTestDetails>> {
    return timedTest('pbs', this.endpoint, async () => {
      const version = await this.version();
      const datastores = await this.datastores();

      return { ...version, datastores: datastores.map((store) => store.store) };
    });
  }

  close(): Promise<void> {
    return this.transport.close();
  }
}

export function storePath(store: string): string {
  return `/admin/datastore/${seg(store)}`;
}
