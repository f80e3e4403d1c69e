import { PbsClient, PmgClient, PveClient, type UpstreamConnectionConfig } from '../../upstream';
import { CollectorOptions, ResolvedCollectorOptions, resolveOptions } from './collector-options';
import type { CollectorFactory, InstanceCollector, PollTarget } from './collector.types';
import { PbsCollector } from './pbs/pbs.collector';
import { PmgCollector } from './pmg/pmg.collector';
import { PveCollector } from './pve/pve.collector';

/**
 * The collector for one configured instance. Settings the client cannot work with (e.g. a token
 * name without its user) give a collector whose every cycle fails with that error, so the
 * scheduler reports it like any other failure.
 */
export function createCollector(
  target: PollTarget,
  options: CollectorOptions = {},
): InstanceCollector {
  const resolved = resolveOptions(options);
  try {
    return build(target, resolved);
  } catch (error) {
    return new FailingCollector(error);
  }
}

/** A factory with fixed options (configuration, logger), for the scheduler. */
export function collectorFactory(options: CollectorOptions = {}): CollectorFactory {
  return (target) => createCollector(target, options);
}

function build(target: PollTarget, options: ResolvedCollectorOptions): InstanceCollector {
  const connection = connectionOf(target, options);
  const { runtime } = options;
  switch (target.type) {
    case 'pve': {
      const clusterEndpoints = target.isCluster ? target.clusterEndpoints : [];
      const client = PveClient.create({ ...connection, clusterEndpoints }, runtime);

      return new PveCollector(target, client, options);
    }
    case 'pbs':
      return new PbsCollector(target, PbsClient.create(connection, runtime));
    case 'pmg':
      return new PmgCollector(target, PmgClient.create(connection, runtime));
    default:
      throw new Error(`Unknown instance type ${String((target as PollTarget).type)}`);
  }
}

function connectionOf(
  target: PollTarget,
  options: ResolvedCollectorOptions,
): UpstreamConnectionConfig {
  return {
    host: target.host,
    user: target.user,
    password: target.password,
    tokenName: target.tokenName,
    tokenValue: target.tokenValue,
    verifySSL: target.verifySSL,
    fingerprint: target.fingerprint,
    timeoutMs: options.timeoutMs,
  };
}

class FailingCollector implements InstanceCollector {
  constructor(private readonly error: unknown) {}

  collect(): Promise<never> {
    return Promise.reject(this.error);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
