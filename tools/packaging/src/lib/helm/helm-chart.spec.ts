import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { findManifest, renderChart } from './helm-chart';

function writeChart(templates: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'chart-'));
  mkdirSync(join(dir, 'templates'));
  writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: demo\nversion: 1.2.3\n');
  writeFileSync(join(dir, 'values.yaml'), 'enabled: false\nname: first\nports: {http: 80}\n');
  Object.entries(templates).forEach(([name, text]) =>
    writeFileSync(join(dir, 'templates', name), text),
  );

  return dir;
}

const configMap = [
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: {{ include "demo.name" . }}',
  'data:',
  '  port: {{ .Values.ports.http | quote }}',
  '  chart: {{ .Chart.Name }}-{{ .Chart.Version }}',
].join('\n');

describe('renderChart', () => {
  const dirs: string[] = [];
  const chart = (templates: Record<string, string>) => {
    dirs.push(writeChart(templates));

    return dirs[dirs.length - 1];
  };

  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('renders manifests with values, release, chart fields and shared helpers', () => {
    const dir = chart({
      '_helpers.tpl': '{{ define "demo.name" }}{{ .Release.Name }}-{{ .Values.name }}{{ end }}',
      'config.yaml': configMap,
      'NOTES.txt': 'Installed {{ .Release.Name }} in {{ .Release.Namespace }}.',
    });
    const rendered = renderChart(dir, {
      releaseName: 'rel',
      namespace: 'mon',
      values: { ports: { http: 8080 } },
    });

    expect(findManifest(rendered, 'ConfigMap')).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'rel-first' },
      data: { port: '8080', chart: 'demo-1.2.3' },
    });
    expect(rendered.notes).toBe('Installed rel in mon.');
    expect(Object.keys(rendered.files)).toEqual(['config.yaml']);
  });

  it('leaves out templates whose condition renders nothing', () => {
    const dir = chart({ 'maybe.yaml': '{{- if .Values.enabled }}\n{{ fail }}\n{{- end }}\n' });

    expect(renderChart(dir, { releaseName: 'r' }).manifests).toEqual([]);
  });

  it('rejects invalid YAML and objects without a kind or name', () => {
    const broken = chart({ 'bad.yaml': 'a: [1' });
    const nameless = chart({ 'nameless.yaml': 'apiVersion: v1\nkind: ConfigMap\n' });

    expect(() => renderChart(broken, { releaseName: 'r' })).toThrow(/bad.yaml does not render/);
    expect(() => renderChart(nameless, { releaseName: 'r' })).toThrow(/without apiVersion/);
  });

  it('findManifest insists on exactly one object of a kind', () => {
    const dir = chart({ 'empty.yaml': '' });

    expect(() => findManifest(renderChart(dir, { releaseName: 'r' }), 'Service')).toThrow(
      'expected one Service, found 0',
    );
  });
});
