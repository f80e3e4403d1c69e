import type { ZfsPool } from '@pulse/contracts';

import { jsonEqual } from './json-equal';
import {
  CollectionChange,
  CollectionItem,
  CollectionName,
  StateCollections,
} from './state-collections';

/**
 * What one source contributes. An item counts as changed when its JSON would differ from the
 * one it replaces; the comparison walks both items, so no JSON copy of the state is kept.
 */
export class SourceState {
  private readonly collections = new Map<CollectionName, Map<string, CollectionItem>>();
  private zfsPools = new Map<string, ZfsPool>();
  connectionHealth: Record<string, boolean> = {};

  /** Replaces one collection and answers what changed, or `undefined` when nothing did. */
  replace(name: CollectionName, items: readonly CollectionItem[]): CollectionChange | undefined {
    const before = this.collections.get(name) ?? new Map<string, CollectionItem>();
    const after = new Map<string, CollectionItem>();
    const upserted: CollectionItem[] = [];

    for (const item of items) {
      const previous = before.get(item.id);
      if (previous && jsonEqual(previous, item)) {
        // The snapshot may still hold the old object: keep one copy, not two.
        after.set(item.id, previous);
      } else {
        after.set(item.id, item);
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

    return (stored ? [...stored.values()] : []) as StateCollections[K];
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
