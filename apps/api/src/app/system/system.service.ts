import { Injectable } from '@nestjs/common';

import { PulseConfig } from '../../services/config/pulse-config';
import { BuildInfo, channelOf, displayVersion, readBuildInfo } from './build-info';
import { Deployment, detectDeployment, systemProbe } from './deployment';
import { HealthResponseDto } from './dto/health-response.dto';
import { VersionResponseDto } from './dto/version-response.dto';

@Injectable()
export class SystemService {
  private readonly buildInfo: BuildInfo = readBuildInfo();
  private readonly deployment: Deployment;

  constructor(private readonly config: PulseConfig) {
    const { runtime } = config;
    const probe = systemProbe(
      {
        dockerFlag: runtime.docker,
        kubernetesServiceHost: runtime.kubernetesServiceHost,
        systemdInvocationId: runtime.systemdInvocationId,
        nodeEnv: runtime.nodeEnv,
      },
      this.buildInfo.build,
    );
    this.deployment = detectDeployment(probe);
  }

  health(): HealthResponseDto {
    const health: HealthResponseDto = {
      status: 'healthy',
      timestamp: Math.floor(Date.now() / 1000),
      uptime: process.uptime(),
      // TODO: report whether the sensor proxy installer is served once that feature
      // exists; the original always answered true.
      proxyInstallScriptAvailable: true,
    };
    if (this.config.runtime.devAllowContainerSsh) {
      health.devModeSSH = true;
    }

    return health;
  }

  version(): VersionResponseDto {
    const { version, build, buildTime } = this.buildInfo;

    return {
      version: displayVersion(version),
      build,
      buildTime,
      runtime: 'node',
      goVersion: process.version,
      channel: channelOf(version),
      ...this.deployment,
      // TODO: fill updateAvailable and latestVersion from the update checker once it exists.
      updateAvailable: false,
    };
  }
}
