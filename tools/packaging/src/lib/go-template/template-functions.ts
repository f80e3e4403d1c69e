import { stringify } from 'yaml';

import { isTruthy, printValue } from './template-values';

export type TemplateFunction = (...args: unknown[]) => unknown;

/** The Sprig and Helm functions our chart uses, with Helm's argument order (piped value last). */
export const TEMPLATE_FUNCTIONS: Record<string, TemplateFunction> = {
  contains: exactly(2, (part, text) => asText(text).includes(asText(part))),
  default: exactly(2, (fallback, value) => (isTruthy(value) ? value : fallback)),
  indent: exactly(2, (width, text) => indent(asInteger(width), asText(text))),
  nindent: exactly(2, (width, text) => `\n${indent(asInteger(width), asText(text))}`),
  not: exactly(1, (value) => !isTruthy(value)),
  printf: (format, ...args) => printf(asText(format), args),
  quote: (...values) => quote(values),
  toYaml: exactly(1, (value) => toYaml(value)),
  trimSuffix: exactly(2, (suffix, text) => trimSuffix(asText(suffix), asText(text))),
  trunc: exactly(2, (length, text) => truncate(asInteger(length), asText(text))),
};

function exactly(arity: number, fn: TemplateFunction): TemplateFunction {
  return (...args) => {
    if (args.length !== arity) {
      throw new Error(`wrong number of arguments: want ${arity}, got ${args.length}`);
    }

    return fn(...args);
  };
}

function asText(value: unknown): string {
  if (typeof value !== 'string') {
    throw new Error(`expected a string, got ${JSON.stringify(value) ?? 'nothing'}`);
  }

  return value;
}

function asInteger(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new Error(`expected an integer, got ${JSON.stringify(value) ?? 'nothing'}`);
  }

  return value;
}

function indent(width: number, text: string): string {
  const pad = ' '.repeat(width);

  return pad + text.replace(/\n/g, `\n${pad}`);
}

function printf(format: string, args: unknown[]): string {
  let next = 0;
  const result = format.replace(/%([%sdv])/g, (_all, verb: string) => {
    if (verb === '%') {
      return '%';
    }
    if (next >= args.length) {
      throw new Error(`printf "${format}" has too few arguments`);
    }

    return printValue(args[next++]);
  });
  if (next !== args.length || format.replace(/%[%sdv]/g, '').includes('%')) {
    throw new Error(`printf "${format}" has extra arguments or an unsupported verb`);
  }

  return result;
}

function quote(values: unknown[]): string {
  return values
    .filter((value) => value !== null && value !== undefined)
    .map((value) => JSON.stringify(printValue(value)))
    .join(' ');
}

/** Helm's toYaml: keys sorted, sequences not indented, no trailing newline. */
function toYaml(value: unknown): string {
  const yaml = stringify(value ?? null, { indentSeq: false, lineWidth: 0, sortMapEntries: true });

  return yaml.replace(/\n$/, '');
}

function trimSuffix(suffix: string, text: string): string {
  return suffix !== '' && text.endsWith(suffix) ? text.slice(0, -suffix.length) : text;
}

function truncate(length: number, text: string): string {
  return length < 0 ? text.slice(length) : text.slice(0, length);
}
