/** Milliseconds since the Unix epoch. */
export type EpochMs = number;

/** Whole seconds since the Unix epoch. */
export type EpochSeconds = number;

/** An RFC 3339 time string. */
export type IsoTime = string;

/** Memory of a node, guest or host. Bytes; `usage` in percent 0–100. */
export interface Memory {
  total: number;
  used: number;
  free: number;
  usage: number;
  balloon?: number;
  swapUsed?: number;
  swapTotal?: number;
}

/** A disk or file system. Bytes; `usage` in percent 0–100. */
export interface Disk {
  total: number;
  used: number;
  free: number;
  usage: number;
  mountpoint?: string;
  type?: string;
  device?: string;
}

/** A network interface as a guest agent or a host agent reports it. */
export interface NetworkInterface {
  name: string;
  mac?: string;
  addresses?: string[];
  rxBytes?: number;
  txBytes?: number;
  speedMbps?: number;
}
