import type { DeploymentType } from '@pulse/contracts';
import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';

import { BuildKind } from './build-info';

/** What deployment detection looks at; tests pass their own. */
export interface DeploymentProbe {
  /** `PULSE_DOCKER`, set in our container image. */
  dockerFlag: boolean;
  kubernetesServiceHost?: string;
  systemdInvocationId?: string;
  nodeEnv?: string;
  build: BuildKind;
  fileExists(path: string): boolean;
  readFile(path: string): string | undefined;
  hostname(): string;
}

export interface Deployment {
  deploymentType: DeploymentType;
  isDocker: boolean;
  isSourceBuild: boolean;
  isDevelopment: boolean;
  containerized: boolean;
  containerId?: string;
}

/**
 * Kubernetes first (our image also sets PULSE_DOCKER there), then Docker, then other
 * container managers named in /run/systemd/container (for example `lxc`), then systemd,
 * then a development run, and `source` for a built checkout started by hand.
 */
export function detectDeployment(probe: DeploymentProbe): Deployment {
  const kubernetes = Boolean(probe.kubernetesServiceHost);
  const isDocker = probe.dockerFlag || probe.fileExists('/.dockerenv');
  const containerType = probe.readFile('/run/systemd/container')?.trim() || undefined;
  const isDevelopment = probe.nodeEnv === 'development' || probe.build === 'development';
  const containerized = kubernetes || isDocker || containerType !== undefined;

  return {
    deploymentType: pickType(probe, { kubernetes, isDocker, containerType, isDevelopment }),
    isDocker,
    isSourceBuild: !kubernetes && !isDocker,
    isDevelopment,
    containerized,
    containerId: containerized ? probe.hostname() : undefined,
  };
}

interface Signals {
  kubernetes: boolean;
  isDocker: boolean;
  containerType?: string;
  isDevelopment: boolean;
}

function pickType(probe: DeploymentProbe, signals: Signals): DeploymentType {
  if (signals.kubernetes) {
    return 'kubernetes';
  }
  if (signals.isDocker) {
    return 'docker';
  }
  if (signals.containerType) {
    return signals.containerType;
  }
  if (probe.systemdInvocationId) {
    return 'systemd';
  }

  return signals.isDevelopment ? 'development' : 'source';
}

/** The probe for this process: real files, real host name. */
export function systemProbe(
  runtime: Pick<DeploymentProbe, 'dockerFlag' | 'kubernetesServiceHost' | 'systemdInvocationId'> & {
    nodeEnv?: string;
  },
  build: BuildKind,
): DeploymentProbe {
  return {
    ...runtime,
    build,
    fileExists: existsSync,
    readFile: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
    hostname,
  };
}
