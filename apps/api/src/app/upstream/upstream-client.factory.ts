import { Injectable, Logger } from '@nestjs/common';
import { UpstreamConnectionConfig, UpstreamRuntime } from './http/connection';
import { asUpstreamError, ConnectionTestResult } from './http/connection';
import { PbsClient, PbsTestDetails } from './pbs/pbs.client';
import { PmgClient, PmgTestDetails } from './pmg/pmg.client';
import { PveClient, PveRuntime, PveTestDetails } from './pve/pve.client';
import { PveClientConfig } from './pve/pve-endpoints';

/** Builds upstream clients with the app's logger; owners must `close()` what they create. */
@Injectable()
export class UpstreamClientFactory {
  private readonly logger = new Logger('Upstream');

  pve(config: PveClientConfig, runtime: PveRuntime = {}): PveClient {
    return PveClient.create(config, this.runtime(runtime));
  }

  pbs(config: UpstreamConnectionConfig, runtime: UpstreamRuntime = {}): PbsClient {
    return PbsClient.create(config, this.runtime(runtime));
  }

  pmg(config: UpstreamConnectionConfig, runtime: UpstreamRuntime = {}): PmgClient {
    return PmgClient.create(config, this.runtime(runtime));
  }

  /** Creates a throwaway client, tests it and closes it; never throws. */
  testPve(config: PveClientConfig): Promise<ConnectionTestResult<PveTestDetails>> {
    return this.withClient('pve', config.host, () => this.pve(config));
  }

  testPbs(config: UpstreamConnectionConfig): Promise<ConnectionTestResult<PbsTestDetails>> {
    return this.withClient('pbs', config.host, () => this.pbs(config));
  }

  testPmg(config: UpstreamConnectionConfig): Promise<ConnectionTestResult<PmgTestDetails>> {
    return this.withClient('pmg', config.host, () => this.pmg(config));
  }

  private async withClient<T>(
    product: 'pve' | 'pbs' | 'pmg',
    host: string,
    create: () => { testConnection(): Promise<ConnectionTestResult<T>>; close(): Promise<void> },
  ): Promise<ConnectionTestResult<T>> {
    let client;
    try {
      client = create();
    } catch (error) {
      return { ok: false, product, error: asUpstreamError(error, product, host), latencyMs: 0 };
    }
    try {
      return await client.testConnection();
    } finally {
      await client.close();
    }
  }

  private runtime<T extends UpstreamRuntime>(runtime: T): T {
    return { logger: this.logger, ...runtime };
  }
}
