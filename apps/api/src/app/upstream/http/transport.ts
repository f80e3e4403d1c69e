import { Envelope } from './envelope';

export type QueryValue = string | number | boolean | undefined;

export interface CallOptions {
  query?: Record<string, QueryValue>;
  /** Per-call cap; the effective timeout is the smaller of this and the instance budget. */
  timeoutMs?: number;
}

/** Turns the unwrapped `data` (plus envelope extras) into a typed value; may throw DecodeError. */
export type PayloadDecoder<T> = (data: unknown, envelope: Envelope) => T;

/** What the area clients talk to: one endpoint, or a cluster with failover. */
export interface UpstreamTransport {
  get<T>(path: string, decode: PayloadDecoder<T>, options?: CallOptions): Promise<T>;
  post<T>(
    path: string,
    body: Record<string, string | number>,
    decode: PayloadDecoder<T>,
    options?: CallOptions,
  ): Promise<T>;
  close(): Promise<void>;
}
