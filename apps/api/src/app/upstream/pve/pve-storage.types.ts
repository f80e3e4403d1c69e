/** `GET /storage` entry: cluster-wide storage configuration (no usage, no active flag). */
export interface PveStorageConfig {
  storage: string;
  type: string;
  content: string[];
  shared?: boolean;
  disabled?: boolean;
  /** Nodes the storage is limited to; empty means all nodes. */
  nodes: string[];
  path?: string;
  pool?: string;
  server?: string;
  datastore?: string;
}

/** `GET /nodes/{node}/storage` entry and `.../storage/{storage}/status`; sizes in bytes. */
export interface PveNodeStorage {
  storage: string;
  type: string;
  content: string[];
  active?: boolean;
  enabled?: boolean;
  shared?: boolean;
  total?: number;
  used?: number;
  avail?: number;
  usedFraction?: number;
}

/** `GET /nodes/{node}/storage/{storage}/content` entry. */
export interface PveStorageContent {
  volid: string;
  content?: string;
  format?: string;
  ctime?: number;
  size?: number;
  used?: number;
  vmid?: number;
  notes?: string;
  protected?: boolean;
  encrypted?: string;
  parent?: string;
  verification?: { state?: string; upid?: string };
}
