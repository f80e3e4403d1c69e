import { DeploymentProbe, detectDeployment } from './deployment';

function probe(overrides: Partial<DeploymentProbe> = {}, files: Record<string, string> = {}) {
  return {
    dockerFlag: false,
    build: 'release',
    fileExists: (path: string) => path in files,
    readFile: (path: string) => files[path],
    hostname: () => 'pulse-host',
    ...overrides,
  } satisfies DeploymentProbe;
}

describe('detectDeployment', () => {
  it('reports docker when PULSE_DOCKER is set', () => {
    expect(detectDeployment(probe({ dockerFlag: true }))).toEqual({
      deploymentType: 'docker',
      isDocker: true,
      isSourceBuild: false,
      isDevelopment: false,
      containerized: true,
      containerId: 'pulse-host',
    });
  });

  it('reports docker when /.dockerenv exists', () => {
    expect(detectDeployment(probe({}, { '/.dockerenv': '' })).deploymentType).toBe('docker');
  });

  it('reports kubernetes before docker, since our image sets PULSE_DOCKER there too', () => {
    const result = detectDeployment(
      probe({ dockerFlag: true, kubernetesServiceHost: '10.96.0.1' }),
    );

    expect(result).toMatchObject({
      deploymentType: 'kubernetes',
      isDocker: true,
      containerized: true,
      isSourceBuild: false,
    });
  });

  it('reports the container type systemd names, such as lxc', () => {
    const result = detectDeployment(probe({}, { '/run/systemd/container': 'lxc\n' }));

    expect(result).toMatchObject({
      deploymentType: 'lxc',
      containerized: true,
      containerId: 'pulse-host',
    });
  });

  it('reports systemd when started by systemd', () => {
    const result = detectDeployment(probe({ systemdInvocationId: 'abc123' }));

    expect(result).toEqual({
      deploymentType: 'systemd',
      isDocker: false,
      isSourceBuild: true,
      isDevelopment: false,
      containerized: false,
      containerId: undefined,
    });
  });

  it('reports development for NODE_ENV=development', () => {
    const result = detectDeployment(probe({ nodeEnv: 'development' }));

    expect(result).toMatchObject({ deploymentType: 'development', isDevelopment: true });
  });

  it('reports development when running from the TypeScript sources', () => {
    expect(detectDeployment(probe({ build: 'development' })).deploymentType).toBe('development');
  });

  it('reports source for a built checkout started by hand', () => {
    expect(detectDeployment(probe())).toMatchObject({
      deploymentType: 'source',
      isSourceBuild: true,
      isDevelopment: false,
      containerized: false,
    });
  });
});
