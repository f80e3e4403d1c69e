import { parameterError } from './api-error';

/** Optional integer query/body parameter with PVE's "type check" error on junk. */
export function intParam(
  source: URLSearchParams,
  name: string,
  fallback?: number,
): number | undefined {
  const raw = source.get(name);
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw parameterError({ [name]: "type check ('integer') failed" });

  return value;
}

export function vmidParam(value: string | undefined): number {
  const vmid = Number(value);
  if (!value || !Number.isInteger(vmid) || vmid < 100 || vmid > 999999999) {
    throw parameterError({ vmid: `invalid format - value does not look like a valid VM ID` });
  }

  return vmid;
}

export function boolParam(source: URLSearchParams, name: string): boolean {
  const raw = source.get(name);

  return raw === '1' || raw === 'true';
}

export function stringBody(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;

  return String(value);
}
