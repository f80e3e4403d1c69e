import { bool, from, int, num, optionalObject, Shape, splitList, str, text } from '../decode/shape';
import { PveNodeStorage, PveStorageConfig, PveStorageContent } from './pve-storage.types';

export const storageConfigShape: Shape<PveStorageConfig> = {
  storage: text,
  type: text,
  content: splitList,
  shared: bool,
  disabled: from('disable', bool),
  nodes: splitList,
  path: str,
  pool: str,
  server: str,
  datastore: str,
};

export const nodeStorageShape: Shape<PveNodeStorage> = {
  storage: text,
  type: text,
  content: splitList,
  active: bool,
  enabled: bool,
  shared: bool,
  total: num,
  used: num,
  avail: num,
  usedFraction: from('used_fraction', num),
};

export const storageContentShape: Shape<PveStorageContent> = {
  volid: text,
  content: str,
  format: str,
  ctime: int,
  size: num,
  used: num,
  vmid: int,
  notes: str,
  protected: bool,
  encrypted: str,
  parent: str,
  verification: optionalObject({ state: str, upid: str }),
};
