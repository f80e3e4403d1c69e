import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

import { TemplateRenderer } from '../go-template/template-renderer';
import { mergeValues } from './merge-values';

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; [key: string]: unknown };
  [key: string]: unknown;
}

export interface RenderRequest {
  releaseName: string;
  namespace?: string;
  /** Overrides merged over values.yaml the way `helm install --values` merges them. */
  values?: Record<string, unknown>;
}

export interface RenderedChart {
  manifests: KubeObject[];
  /** Rendered text of each manifest template, by file name. */
  files: Record<string, string>;
  notes: string;
}

/** Renders a chart directory like `helm template` would, for the Go-template subset we support. */
export function renderChart(chartDir: string, request: RenderRequest): RenderedChart {
  const renderer = new TemplateRenderer();
  const templateDir = join(chartDir, 'templates');
  const names = readdirSync(templateDir).sort();
  names.forEach((name) => renderer.add(name, readFileSync(join(templateDir, name), 'utf8')));

  const context = buildContext(chartDir, request);
  const files: Record<string, string> = {};
  for (const name of names.filter(isManifestTemplate)) {
    files[name] = renderer.render(name, context);
  }
  const manifests = Object.entries(files).flatMap(([name, text]) => readManifests(name, text));
  const notes = names.includes('NOTES.txt') ? renderer.render('NOTES.txt', context) : '';

  return { manifests, files, notes };
}

export function findManifest(chart: RenderedChart, kind: string): KubeObject {
  const found = chart.manifests.filter((manifest) => manifest.kind === kind);
  if (found.length !== 1) {
    throw new Error(`expected one ${kind}, found ${found.length}`);
  }

  return found[0];
}

function buildContext(chartDir: string, request: RenderRequest): Record<string, unknown> {
  const chart = parse(readFileSync(join(chartDir, 'Chart.yaml'), 'utf8')) as Record<
    string,
    unknown
  >;
  const defaults = parse(readFileSync(join(chartDir, 'values.yaml'), 'utf8')) ?? {};

  return {
    Values: mergeValues(defaults, request.values ?? {}),
    Release: {
      Name: request.releaseName,
      Namespace: request.namespace ?? 'default',
      Service: 'Helm',
      IsInstall: true,
      IsUpgrade: false,
      Revision: 1,
    },
    Chart: Object.fromEntries(
      Object.entries(chart).map(([key, value]) => [key[0].toUpperCase() + key.slice(1), value]),
    ),
  };
}

function isManifestTemplate(name: string): boolean {
  return !name.startsWith('_') && /\.(ya?ml|json)$/.test(name);
}

function readManifests(name: string, text: string): KubeObject[] {
  return parseAllDocuments(text).flatMap((document) => {
    if (document.errors.length > 0) {
      throw new Error(`${name} does not render to valid YAML: ${document.errors[0].message}`);
    }
    const value = document.toJS();
    if (value === null || value === undefined) {
      return [];
    }
    if (!value.apiVersion || !value.kind || !value.metadata?.name) {
      throw new Error(`${name} renders an object without apiVersion, kind or metadata.name`);
    }

    return [value as KubeObject];
  });
}
