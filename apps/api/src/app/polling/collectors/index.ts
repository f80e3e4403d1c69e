export { collectorFactory, createCollector } from './collector-factory';
export {
  collectorOptionsFromConfig,
  DEFAULT_GUEST_METADATA,
  type CollectorOptions,
  type GuestMetadataOptions,
} from './collector-options';
export type * from './collector.types';
