import type { ZfsPool } from '@pulse/contracts';

import {
  CollectionChange,
  CollectionItem,
  CollectionName,
  StateCollections,
} from './state-collections';

interface StoredItem {
  item: CollectionItem;
  json: string;
}

/** What one source contributes, with each item's JSON kept to detect changes cheaply. */
export class SourceState {
  private readonly collections = new Map<CollectionName, Map<string, StoredItem>>();
  private zfsPools = new Map<string, ZfsPool>();
  connectionHealth: Record<string, boolean> = {};

  /** Replaces one collection and answers what changed, or `undefined` when nothing did. */
  replace(name: CollectionName, items: readonly CollectionItem[]): CollectionChange | undefined {
    const before = this.collections.get(name) ?? new Map<string, StoredItem>();
    const after = new Map<string, StoredItem>();
    const upserted: CollectionItem[] = [];

    for (const item of items) {
      const json = JSON.stringify(item);
      after.set(item.id, { item, json });
      if (before.get(item.id)?.json !== json) {
        upserted.push(item);
      }
    }
    const removed = [...before.keys()].filter((id) => !after.has(id));
    this.collections.set(name, after);
    if (name === 'storage') {
      removed.forEach((id) => this.zfsPools.delete(id));
    }

    return upserted.length || removed.length ? { upserted, removed } : undefined;
  }

  items<K extends CollectionName>(name: K): StateCollections[K] {
    const stored = this.collections.get(name);

    return (stored ? [...stored.values()].map((entry) => entry.item) : []) as StateCollections[K];
  }

  /** Replaces the ZFS pools, keeping only those of a storage this source has. */
  replaceZfsPools(pools: Record<string, ZfsPool>): void {
    const storage = this.collections.get('storage');
    const kept = Object.entries(pools).filter(([id]) => storage?.has(id));
    this.zfsPools = new Map(kept);
  }

  zfsPool(storageId: string): ZfsPool | undefined {
    return this.zfsPools.get(storageId);
  }

  /** Every collection the source has, as removals (for a source that goes away). */
  removals(): Partial<Record<CollectionName, CollectionChange>> {
    const changes: Partial<Record<CollectionName, CollectionChange>> = {};
    for (const [name, items] of this.collections) {
      if (items.size) {
        changes[name] = { upserted: [], removed: [...items.keys()] };
      }
    }

    return changes;
  }
}
