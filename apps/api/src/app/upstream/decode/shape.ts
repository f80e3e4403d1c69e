import { isRecord, toBool, toInt, toNumber, toStr } from './values';

/** Thrown when a payload cannot be read as the expected shape; the HTTP layer adds context. */
export class DecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecodeError';
  }
}

export type Decoder<V> = (raw: unknown) => V;

/** Reads the value from another wire key (or the first present of several aliases). */
export interface RenamedField<V> {
  from: string | readonly string[];
  decode: Decoder<V>;
}

export type FieldDecoder<V> = Decoder<V> | RenamedField<V>;

/** One decoder per property of T; the compiler keeps the decoder and the interface in step. */
export type Shape<T> = { [K in keyof T]-?: FieldDecoder<T[K]> };

export const num: Decoder<number | undefined> = toNumber;
export const int: Decoder<number | undefined> = toInt;
export const bool: Decoder<boolean | undefined> = toBool;
export const str: Decoder<string | undefined> = toStr;
export const text: Decoder<string> = (raw) => toStr(raw) ?? '';
export const intOr0: Decoder<number> = (raw) => toInt(raw) ?? 0;

export function from<V>(keys: string | readonly string[], decode: Decoder<V>): RenamedField<V> {
  return { from: keys, decode };
}

export function decodeObject<T>(raw: unknown, shape: Shape<T>): T {
  if (!isRecord(raw)) {
    throw new DecodeError(`expected an object, got ${describe(raw)}`);
  }

  return decodeFields(raw, fieldsOf(shape));
}

/** A list payload; entries that are not objects are skipped rather than failing the whole list. */
export function decodeList<T>(raw: unknown, shape: Shape<T>): T[] {
  if (!Array.isArray(raw)) {
    throw new DecodeError(`expected a list, got ${describe(raw)}`);
  }
  const fields = fieldsOf(shape);
  const result: T[] = [];
  for (const item of raw) {
    if (isRecord(item)) {
      result.push(decodeFields(item, fields));
    }
  }

  return result;
}

type Field = readonly [key: string, decoder: FieldDecoder<unknown>];

/** Each shape's fields as a list, made once: lists of 10,000 rows decode with one shape. */
const fieldLists = new WeakMap<object, readonly Field[]>();

function fieldsOf<T>(shape: Shape<T>): readonly Field[] {
  let fields = fieldLists.get(shape);
  if (!fields) {
    fields = Object.entries(shape) as Field[];
    fieldLists.set(shape, fields);
  }

  return fields;
}

function decodeFields<T>(raw: Record<string, unknown>, fields: readonly Field[]): T {
  const result: Record<string, unknown> = {};
  for (const [key, decoder] of fields) {
    const value = readField(raw, key, decoder);
    if (value !== undefined) {
      result[key] = value;
    }
  }

  return result as T;
}

export function optionalObject<T>(shape: Shape<T>): Decoder<T | undefined> {
  return (raw) => (isRecord(raw) ? decodeObject(raw, shape) : undefined);
}

export function listOf<T>(shape: Shape<T>): Decoder<T[]> {
  return (raw) => (Array.isArray(raw) ? decodeList(raw, shape) : []);
}

export function numberList(raw: unknown): number[] {
  if (!Array.isArray(raw)) {
    return [];
  }

  return raw.map(toNumber).filter((value): value is number => value !== undefined);
}

/** PVE joins lists with `,`, `;` or spaces (content types, tags, node lists). */
export function splitList(raw: unknown): string[] {
  return (toStr(raw) ?? '')
    .split(/[,;\s]+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

export function stringMap(raw: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!isRecord(raw)) {
    return result;
  }
  for (const [key, value] of Object.entries(raw)) {
    const asText = toStr(value);
    if (asText !== undefined) {
      result[key] = asText;
    }
  }

  return result;
}

export function recordOf<T>(decode: Decoder<T>): Decoder<Record<string, T>> {
  return (raw) => {
    const result: Record<string, T> = {};
    if (isRecord(raw)) {
      for (const [key, value] of Object.entries(raw)) {
        result[key] = decode(value);
      }
    }

    return result;
  };
}

function readField<V>(raw: Record<string, unknown>, key: string, field: FieldDecoder<V>): V {
  if (typeof field === 'function') {
    return field(raw[key]);
  }
  const keys = typeof field.from === 'string' ? [field.from] : field.from;
  const present = keys.find((candidate) => raw[candidate] !== undefined && raw[candidate] !== null);

  return field.decode(present === undefined ? undefined : raw[present]);
}

function describe(raw: unknown): string {
  if (raw === null) return 'null';
  if (Array.isArray(raw)) return 'a list';

  return typeof raw;
}
