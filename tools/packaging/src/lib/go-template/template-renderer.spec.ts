import { TemplateRenderer } from './template-renderer';

function render(source: string, data: unknown, helpers = ''): string {
  const renderer = new TemplateRenderer();
  renderer.add('_helpers.tpl', helpers);
  renderer.add('test.yaml', source);

  return renderer.render('test.yaml', data);
}

const data = {
  Values: { name: 'web', port: 80, labels: { tier: 'front', app: 'x' }, empty: '', list: [] },
  Release: { Name: 'prod' },
};

describe('TemplateRenderer', () => {
  it('prints fields and pipelines, with missing values as empty strings', () => {
    const source =
      'name: {{ .Values.name | quote }}\nport: {{ .Values.port }}\nx: {{ .Values.none }}';

    expect(render(source, data)).toBe('name: "web"\nport: 80\nx: ');
  });

  it('chooses the if or else branch by Go truth', () => {
    const source =
      '{{ if .Values.empty }}yes{{ else }}no{{ end }}/{{ if .Values.port }}on{{ end }}';

    expect(render(source, data)).toBe('no/on');
  });

  it('follows an else-if chain that one end closes', () => {
    const source = '{{ if .Values.empty }}a{{ else if .Values.list }}b{{ else if .Values.port }}c';
    const chain = `${source}{{ else }}d{{ end }}/{{ if .Values.name }}e{{ end }}`;

    expect(render(chain, data)).toBe('c/e');
  });

  it('moves the dot inside with and keeps the root reachable as $', () => {
    const source = [
      '{{- with .Values.labels }}',
      'labels:',
      '  {{- toYaml . | nindent 2 }}',
      'release: {{ $.Release.Name }}',
      '{{- end }}',
      '{{- with .Values.list }}never{{ else }}',
      'fallback: {{ .Values.name }}',
      '{{- end }}',
    ].join('\n');

    expect(render(source, data)).toBe(
      '\nlabels:\n  app: x\n  tier: front\nrelease: prod\nfallback: web',
    );
  });

  it('includes defined templates from another file with the given value as dot', () => {
    const helpers = [
      '{{/* Names an object after the release. */}}',
      '{{- define "app.name" -}}',
      '{{ printf "%s-%s" .Release.Name .Values.name | trunc 63 | trimSuffix "-" }}',
      '{{- end }}',
    ].join('\n');
    const source =
      'metadata:\n  name: {{ include "app.name" . }}\n  other: {{ include "app.name" $ }}';

    expect(render(source, data, helpers)).toBe('metadata:\n  name: prod-web\n  other: prod-web');
  });

  it('uses default with the piped value as its last argument', () => {
    const source = '{{ .Values.empty | default "fallback" }} {{ .Values.name | default "x" }}';

    expect(render(source, data)).toBe('fallback web');
  });

  it('keeps text outside actions exactly, including blank lines', () => {
    expect(render('a\n\n  b: "{}"\n', data)).toBe('a\n\n  b: "{}"\n');
  });

  it.each([
    ['an unknown function', '{{ upper .Values.name }}', /test.yaml:1: function "upper" is not/],
    ['range', '{{ range .Values.list }}{{ end }}', /"range" is not supported/],
    ['else with', '{{ if .Values.a }}{{ else with .Values.b }}{{ end }}', /only "else" and/],
    ['a second else', '{{ if .Values.a }}{{ else }}{{ else }}{{ end }}', /"else" without/],
    ['a block left open', '{{ if .Values.port }}', /unclosed "if"/],
    ['an end without a block', '{{ end }}', /"end" without a block/],
    ['a field of nothing', 'x\n{{ .Values.none.deeper }}', /test.yaml:2: nil pointer/],
    ['a map printed directly', '{{ .Values.labels }}', /pipe it through toYaml/],
    ['an undefined include', '{{ include "nope" . }}', /include needs a defined template/],
    ['a function as an argument', '{{ default quote .Values.name }}', /cannot be an argument/],
    ['a value after a pipe', '{{ .Values.name | .Values.port }}', /must stand alone/],
    ['an unclosed comment', '{{/* note }}', /unclosed comment/],
  ])('rejects %s', (_name, source, message) => {
    expect(() => render(source, data)).toThrow(message);
  });

  it('names the define and the caller when an included template fails', () => {
    const helpers = '{{ define "broken" }}{{ .Values.none.x }}{{ end }}';

    expect(() => render('a: {{ include "broken" . }}', data, helpers)).toThrow(
      'test.yaml:1: _helpers.tpl:1: nil pointer evaluating .Values.none.x',
    );
  });
});
