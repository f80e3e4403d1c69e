export { UpstreamModule } from './upstream.module';
export { UpstreamClientFactory } from './upstream-client.factory';
export {
  isGuestAgentError,
  isUpstreamError,
  UpstreamError,
  type UpstreamErrorKind,
  type UpstreamProduct,
} from './errors/upstream-error';
export type {
  ConnectionTestFailure,
  ConnectionTestResult,
  ConnectionTestSuccess,
  UpstreamConnectionConfig,
  UpstreamRuntime,
} from './http/connection';
export type { ConnectionHealth, EndpointHealth } from './http/failover-transport';
export type { Clock } from './http/clock';
export type { UpstreamLogger } from './http/logger';
export type { ProductVersion } from './decode/product-version';
export { PveClient, type PveRuntime, type PveTestDetails } from './pve/pve.client';
export type { PveClientConfig, PveClusterEndpoint } from './pve/pve-endpoints';
export type * from './pve/pve-nodes.types';
export type * from './pve/pve-guests.types';
export type * from './pve/pve-agent.types';
export type * from './pve/pve-storage.types';
export type * from './pve/pve-disks.types';
export type * from './pve/pve-cluster.types';
export { PbsClient, type PbsTestDetails } from './pbs/pbs.client';
export { dedupFactor } from './pbs/pbs.decoders';
export type * from './pbs/pbs.types';
export { PmgClient, type PmgTestDetails } from './pmg/pmg.client';
export type * from './pmg/pmg.types';
