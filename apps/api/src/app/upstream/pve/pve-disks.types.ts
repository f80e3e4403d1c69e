/** `GET /nodes/{node}/disks/list` entry. */
export interface PveDisk {
  devpath: string;
  model?: string;
  serial?: string;
  type?: string;
  health?: string;
  /** Percent of life left (100 = new); undefined when the drive does not report it. */
  wearout?: number;
  size?: number;
  /** Spindle speed; undefined for SSDs and unknown values. */
  rpm?: number;
  used?: string;
  vendor?: string;
  wwn?: string;
  gpt?: boolean;
}

export interface PveSmartAttribute {
  id?: string;
  name: string;
  value?: number;
  worst?: number;
  threshold?: number;
  raw?: string;
  flags?: string;
  fail?: string;
}

/** `GET /nodes/{node}/disks/smart?disk=...`. */
export interface PveSmart {
  health?: string;
  type?: string;
  text?: string;
  attributes: PveSmartAttribute[];
}

/** `GET /nodes/{node}/disks/zfs` entry; sizes in bytes, `frag` in percent. */
export interface PveZfsPool {
  name: string;
  health?: string;
  size?: number;
  alloc?: number;
  free?: number;
  frag?: number;
  dedup?: number;
}

export interface PveZfsDevice {
  name: string;
  state?: string;
  read?: number;
  write?: number;
  cksum?: number;
  msg?: string;
  leaf?: boolean;
  children: PveZfsDevice[];
}

/** `GET /nodes/{node}/disks/zfs/{pool}`. */
export interface PveZfsPoolDetail {
  name: string;
  state?: string;
  status?: string;
  action?: string;
  scan?: string;
  errors?: string;
  children: PveZfsDevice[];
}

export interface PveCephHealthCheck {
  severity?: string;
  summary?: string;
  details: string[];
}

export interface PveCephDaemon {
  hostname?: string;
  status?: string;
}

/** `GET /cluster/ceph/status` (subset). Sizes in bytes. */
export interface PveCephStatus {
  fsid?: string;
  health: {
    status?: string;
    checks: Record<string, PveCephHealthCheck>;
    summary: { severity?: string; summary?: string; message?: string }[];
  };
  osdmap: { numOsds?: number; numUpOsds?: number; numInOsds?: number };
  pgmap: {
    numPgs?: number;
    bytesTotal?: number;
    bytesUsed?: number;
    bytesAvail?: number;
    dataBytes?: number;
    degradedRatio?: number;
  };
  /** Daemons per service (`mon`, `mgr`, `mds`, ...), keyed by daemon name. */
  services: Record<string, Record<string, PveCephDaemon>>;
}

/**
 * `GET /nodes/{node}/ceph/pool` entry; stands in for `/cluster/ceph/df`, which PVE does not
 * have. `percentUsed` is a 0..1 fraction.
 */
export interface PveCephPool {
  name: string;
  id?: number;
  size?: number;
  minSize?: number;
  pgNum?: number;
  bytesUsed?: number;
  percentUsed?: number;
  crushRule?: string;
  type?: string;
}
