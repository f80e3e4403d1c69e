import { decodeList, decodeObject } from '../decode/shape';
import { isRecord } from '../decode/values';
import { seg } from '../http/base-url';
import { UpstreamTransport } from '../http/transport';
import { nodeStorageShape, storageConfigShape, storageContentShape } from './pve-storage.decoders';
import { PveNodeStorage, PveStorageConfig, PveStorageContent } from './pve-storage.types';

/** Storage calls are capped at 30 s in the reference poller (§2.4). */
const STORAGE_TIMEOUT_MS = 30_000;

export interface PveContentQuery {
  /** `backup`, `images`, `rootdir`, `iso`, `vztmpl`, ... ; all types when left out. */
  content?: string;
  vmid?: number;
}

export class PveStorageClient {
  constructor(private readonly transport: UpstreamTransport) {}

  /** Cluster storage configuration: `shared` lives here, usage does not. */
  config(): Promise<PveStorageConfig[]> {
    return this.transport.get('/storage', (data) => decodeList(data, storageConfigShape));
  }

  list(node: string): Promise<PveNodeStorage[]> {
    return this.transport.get(
      `/nodes/${seg(node)}/storage`,
      (data) => decodeList(data, nodeStorageShape),
      { timeoutMs: STORAGE_TIMEOUT_MS },
    );
  }

  status(node: string, storage: string): Promise<PveNodeStorage> {
    return this.transport.get(
      `/nodes/${seg(node)}/storage/${seg(storage)}/status`,
      (data) => decodeObject(isRecord(data) ? { storage, ...data } : data, nodeStorageShape),
      { timeoutMs: STORAGE_TIMEOUT_MS },
    );
  }

  /** Every volume of the storage; unlike the reference client nothing is filtered out here. */
  content(node: string, storage: string, query: PveContentQuery = {}) {
    return this.transport.get<PveStorageContent[]>(
      `/nodes/${seg(node)}/storage/${seg(storage)}/content`,
      (data) => decodeList(data, storageContentShape),
      { query: { ...query }, timeoutMs: STORAGE_TIMEOUT_MS },
    );
  }
}
