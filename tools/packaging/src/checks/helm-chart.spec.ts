import { parse } from 'yaml';

import { parseDockerfile } from '../lib/dockerfile/dockerfile-parser';
import { envOf, finalStage, instructionsOf } from '../lib/dockerfile/dockerfile-query';
import { findManifest, KubeObject, renderChart, RenderedChart } from '../lib/helm/helm-chart';
import { readRepoFile, repoPath } from '../lib/repo-files';

/* eslint-disable @typescript-eslint/no-explicit-any -- rendered manifests are untyped YAML */

const CHART_DIR = repoPath('docker/kubernetes/pulse');
const AUTH_KEYS = ['PULSE_AUTH_USER', 'PULSE_AUTH_PASS', 'API_TOKENS'];
const runtime = finalStage(parseDockerfile(readRepoFile('docker/Dockerfile')));

const render = (values: Record<string, unknown> = {}, releaseName = 'home'): RenderedChart =>
  renderChart(CHART_DIR, { releaseName, namespace: 'monitoring', values });

const podSpec = (chart: RenderedChart): any =>
  (findManifest(chart, 'Deployment') as any).spec.template.spec;
const container = (chart: RenderedChart): any => podSpec(chart).containers[0];
const kinds = (chart: RenderedChart) => chart.manifests.map((manifest) => manifest.kind).sort();
const envNamed = (chart: RenderedChart, name: string) =>
  container(chart).env.find((entry: { name: string }) => entry.name === name);

describe('Helm chart docker/kubernetes/pulse', () => {
  const chart = render();

  it('renders a Deployment, a claim for the data, a Secret and a Service by default', () => {
    expect(kinds(chart)).toEqual(['Deployment', 'PersistentVolumeClaim', 'Secret', 'Service']);
    chart.manifests.forEach((manifest: KubeObject) => {
      expect(manifest.metadata.name).toMatch(/^home-pulse(-auth|-data)?$/);
      expect(manifest.metadata.labels).toMatchObject({ 'app.kubernetes.io/instance': 'home' });
    });
  });

  it('runs one replica that is replaced, never doubled, on upgrade', () => {
    const deployment = findManifest(chart, 'Deployment') as any;

    expect(deployment.spec.replicas).toBe(1);
    expect(deployment.spec.strategy).toEqual({ type: 'Recreate' });
    expect(deployment.spec.template.metadata.labels).toMatchObject(
      deployment.spec.selector.matchLabels,
    );
  });

  it('uses the image ports, and the Service routes 7655 and 9091 to them', () => {
    const service = findManifest(chart, 'Service') as any;
    const exposed = instructionsOf(runtime, 'EXPOSE').flatMap((item) => item.args.split(/\s+/));

    expect(container(chart).ports).toEqual([
      { name: 'http', containerPort: 7655, protocol: 'TCP' },
      { name: 'metrics', containerPort: 9091, protocol: 'TCP' },
    ]);
    expect(container(chart).ports.map((port: any) => String(port.containerPort))).toEqual(exposed);
    expect(service.spec.ports).toEqual([
      { name: 'http', port: 7655, targetPort: 'http', protocol: 'TCP' },
      { name: 'metrics', port: 9091, targetPort: 'metrics', protocol: 'TCP' },
    ]);
    expect(service.spec.selector).toEqual(
      (findManifest(chart, 'Deployment') as any).spec.selector.matchLabels,
    );
  });

  it('probes /api/health on the http port for start-up, liveness and readiness', () => {
    const probe = { httpGet: { path: '/api/health', port: 'http' } };

    expect(container(chart).startupProbe).toMatchObject(probe);
    expect(container(chart).livenessProbe).toMatchObject({ ...probe, periodSeconds: 30 });
    expect(container(chart).readinessProbe).toMatchObject({ ...probe, periodSeconds: 10 });
  });

  it('mounts the chart claim at /data, the data directory of the image', () => {
    const claim = findManifest(chart, 'PersistentVolumeClaim') as any;
    const dataVolume = podSpec(chart).volumes.find((volume: any) => volume.name === 'data');

    expect(dataVolume.persistentVolumeClaim.claimName).toBe(claim.metadata.name);
    expect(container(chart).volumeMounts).toContainEqual({ name: 'data', mountPath: '/data' });
    expect(envNamed(chart, 'PULSE_DATA_DIR').value).toBe(envOf(runtime)['PULSE_DATA_DIR']);
    expect(claim.spec).toEqual({
      accessModes: ['ReadWriteOnce'],
      resources: { requests: { storage: '2Gi' } },
    });
    expect(claim.metadata.annotations).toEqual({ 'helm.sh/resource-policy': 'keep' });
  });

  it('runs as the image user, without privileges, on a read-only root file system', () => {
    const uid = Number(instructionsOf(runtime, 'USER').at(-1)?.args.split(':')[0]);

    expect(podSpec(chart).securityContext).toMatchObject({
      runAsNonRoot: true,
      runAsUser: uid,
      fsGroup: uid,
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(container(chart).securityContext).toEqual({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    });
    expect(container(chart).volumeMounts).toContainEqual({ name: 'tmp', mountPath: '/tmp' });
    expect(podSpec(chart).automountServiceAccountToken).toBe(false);
  });

  it('sets CPU and memory requests and limits', () => {
    expect(container(chart).resources).toEqual({
      requests: { cpu: '100m', memory: '192Mi' },
      limits: { cpu: '1', memory: '512Mi' },
    });
  });

  it('takes the credentials from the chart Secret, never from plain values', () => {
    const secured = render({ auth: { user: 'admin', password: 'pa ss"word', apiTokens: 't1,t2' } });
    const secret = findManifest(secured, 'Secret') as any;

    expect(secret.stringData).toEqual({
      PULSE_AUTH_USER: 'admin',
      PULSE_AUTH_PASS: 'pa ss"word',
      API_TOKENS: 't1,t2',
    });
    AUTH_KEYS.forEach((key) =>
      expect(envNamed(secured, key)).toEqual({
        name: key,
        valueFrom: { secretKeyRef: { name: secret.metadata.name, key, optional: true } },
      }),
    );
    expect(JSON.stringify(findManifest(secured, 'Deployment'))).not.toContain('pa ss');
  });

  it('uses an existing Secret by name and then renders none of its own', () => {
    const existing = render({ auth: { existingSecret: 'pulse-credentials', password: 'unused' } });

    expect(kinds(existing)).not.toContain('Secret');
    AUTH_KEYS.forEach((key) =>
      expect(envNamed(existing, key).valueFrom.secretKeyRef.name).toBe('pulse-credentials'),
    );
    expect(existing.notes).not.toContain('No credentials were given');
    expect(chart.notes).toContain('No credentials were given');
  });

  it('mounts an existing claim, or an emptyDir when persistence is off', () => {
    const claimed = render({ persistence: { existingClaim: 'pulse-old-data' } });
    const ephemeral = render({ persistence: { enabled: false } });
    const dataVolume = (rendered: RenderedChart) =>
      podSpec(rendered).volumes.find((volume: any) => volume.name === 'data');

    expect(kinds(claimed)).not.toContain('PersistentVolumeClaim');
    expect(dataVolume(claimed).persistentVolumeClaim.claimName).toBe('pulse-old-data');
    expect(kinds(ephemeral)).not.toContain('PersistentVolumeClaim');
    expect(dataVolume(ephemeral)).toEqual({ name: 'data', emptyDir: {} });
    expect(ephemeral.notes).toContain('Persistence is off');
  });

  it('adds an Ingress to the http port of the Service when enabled', () => {
    const tls = [{ secretName: 'pulse-tls', hosts: ['pulse.lan'] }];
    const exposed = render({
      ingress: { enabled: true, className: 'nginx', host: 'pulse.lan', tls },
    });
    const ingress = findManifest(exposed, 'Ingress') as any;

    expect(ingress.spec).toEqual({
      ingressClassName: 'nginx',
      tls,
      rules: [
        {
          host: 'pulse.lan',
          http: {
            paths: [
              {
                path: '/',
                pathType: 'Prefix',
                backend: { service: { name: 'home-pulse', port: { name: 'http' } } },
              },
            ],
          },
        },
      ],
    });
    expect(exposed.notes).toContain('Open https://pulse.lan/');
    expect(chart.notes).toContain('port-forward service/home-pulse 7655:7655');
  });

  it('tags the image with the app version, which follows the root package.json', () => {
    const chartYaml = parse(readRepoFile('docker/kubernetes/pulse/Chart.yaml'));
    const rootVersion = JSON.parse(readRepoFile('package.json')).version;
    const pinned = render({ image: { repository: 'registry.lan/pulse', tag: '1.2.3' } });

    expect(chartYaml.appVersion).toBe(rootVersion);
    expect(container(chart).image).toBe(`pulse:${rootVersion}`);
    expect(container(pinned).image).toBe('registry.lan/pulse:1.2.3');
  });

  it('names objects after the release without repeating the chart name', () => {
    const named = render({}, 'pulse');
    const overridden = render({ fullnameOverride: 'monitor-' });

    expect(findManifest(named, 'Service').metadata.name).toBe('pulse');
    expect(findManifest(overridden, 'Service').metadata.name).toBe('monitor');
  });

  it('passes extra environment, scheduling and annotations through', () => {
    const tuned = render({
      extraEnv: [{ name: 'LOG_LEVEL', value: 'debug' }],
      nodeSelector: { disk: 'ssd' },
      tolerations: [{ key: 'dedicated', operator: 'Exists' }],
      podAnnotations: { 'example.com/team': 'ops' },
      service: { annotations: { 'prometheus.io/scrape': 'true' } },
    });
    const deployment = findManifest(tuned, 'Deployment') as any;

    expect(envNamed(tuned, 'LOG_LEVEL')).toEqual({ name: 'LOG_LEVEL', value: 'debug' });
    expect(podSpec(tuned).nodeSelector).toEqual({ disk: 'ssd' });
    expect(podSpec(tuned).tolerations).toEqual([{ key: 'dedicated', operator: 'Exists' }]);
    expect(deployment.spec.template.metadata.annotations).toEqual({ 'example.com/team': 'ops' });
    expect(findManifest(tuned, 'Service').metadata['annotations']).toEqual({
      'prometheus.io/scrape': 'true',
    });
  });
});
