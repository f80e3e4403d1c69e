import type { StateDeltaChanges } from '@pulse/contracts';

import { CollectionItem, StateChange } from '../state/state-collections';

/**
 * Collects the store's changes between two flushes into one set of changes per collection:
 * the last version of every upserted item and the ids that are gone at the end.
 */
export class DeltaAccumulator {
  private collections = new Map<string, Map<string, CollectionItem | null>>();

  get empty(): boolean {
    return this.collections.size === 0;
  }

  add(change: StateChange): void {
    for (const [name, { upserted, removed }] of Object.entries(change.collections)) {
      let items = this.collections.get(name);
      if (!items) {
        items = new Map();
        this.collections.set(name, items);
      }
      removed.forEach((id) => items.set(id, null));
      upserted.forEach((item) => items.set(item.id, item));
    }
  }

  /** Answers what was collected and starts over. */
  take(): StateDeltaChanges {
    const changes: Record<string, { upserted: CollectionItem[]; removed: string[] }> = {};
    for (const [name, items] of this.collections) {
      const change = { upserted: [] as CollectionItem[], removed: [] as string[] };
      for (const [id, item] of items) {
        if (item) {
          change.upserted.push(item);
        } else {
          change.removed.push(id);
        }
      }
      changes[name] = change;
    }
    this.collections = new Map();

    return changes as StateDeltaChanges;
  }
}
