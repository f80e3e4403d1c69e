import { posix } from 'node:path';
import { parse } from 'yaml';

import { parseDockerfile } from '../lib/dockerfile/dockerfile-parser';
import { finalStage, healthcheckOf } from '../lib/dockerfile/dockerfile-query';
import { readRepoFile, repoFileExists } from '../lib/repo-files';

interface ComposeService {
  build: { context: string; dockerfile: string };
  restart: string;
  ports: string[];
  environment: string[];
  volumes: string[];
  healthcheck: { test: string[]; interval: string; timeout: string; retries: number };
  read_only: boolean;
  tmpfs: string[];
  cap_drop: string[];
}

const compose = parse(readRepoFile('docker/compose.yml'));
const pulse = compose.services.pulse as ComposeService;
const imageCheck = healthcheckOf(finalStage(parseDockerfile(readRepoFile('docker/Dockerfile'))));

describe('docker/compose.yml', () => {
  it('builds the image from the repository root with docker/Dockerfile', () => {
    const dockerfile = posix.join('docker', pulse.build.context, pulse.build.dockerfile);

    expect(dockerfile).toBe('docker/Dockerfile');
    expect(repoFileExists(dockerfile)).toBe(true);
  });

  it('publishes the web port and keeps metrics on the host loopback', () => {
    expect(pulse.ports).toEqual(['7655:7655', '127.0.0.1:9091:9091']);
  });

  it('keeps the data in a named volume mounted at /data', () => {
    const [volume, target] = pulse.volumes[0].split(':');

    expect(pulse.volumes).toHaveLength(1);
    expect(target).toBe('/data');
    expect(Object.keys(compose.volumes)).toEqual([volume]);
  });

  it('uses the same health check as the image and restarts unless stopped', () => {
    expect(imageCheck?.command).toBeDefined();
    expect(pulse.healthcheck.test).toEqual(['CMD', ...(imageCheck?.command ?? [])]);
    expect(pulse.healthcheck).toMatchObject({ interval: '30s', timeout: '5s', retries: 3 });
    expect(pulse.restart).toBe('unless-stopped');
  });

  it('passes credentials through from the shell instead of writing them down', () => {
    const names = ['PULSE_AUTH_USER', 'PULSE_AUTH_PASS', 'API_TOKENS'];

    expect(pulse.environment).toEqual(expect.arrayContaining(names));
    expect(
      pulse.environment.filter((entry) => names.some((name) => entry.startsWith(`${name}=`))),
    ).toEqual([]);
  });

  it('runs with a read-only root file system, a /tmp tmpfs and no capabilities', () => {
    expect(pulse).toMatchObject({ read_only: true, tmpfs: ['/tmp'], cap_drop: ['ALL'] });
  });
});
