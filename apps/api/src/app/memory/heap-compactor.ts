import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Runs one full, compacting garbage collection on the calling thread. */
export type HeapCompactor = () => void;

/** Bytes of the V8 heap in use now (live objects and garbage not yet collected). */
export function usedHeapBytes(): number {
  return getHeapStatistics().used_heap_size;
}

/** V8's `--heap-growing-percent`: read at every full collection, so it applies from the next. */
export function limitHeapGrowth(percent: number): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}

let compactor: HeapCompactor | undefined;

/**
 * V8's own collector leaves the old space fragmented when many objects live for a whole poll
 * cycle and die in the next one: pages stay committed at about twice the live size. A full
 * collection that also moves objects together gives those pages back. The `gc` function comes
 * from a fresh context created with `--expose-gc`, so the main context's globals stay as they
 * are; compaction is switched on for this one collection only.
 */
export function heapCompactor(): HeapCompactor {
  if (!compactor) {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    compactor = () => {
      setFlagsFromString('--compact-on-every-full-gc');
      try {
        gc();
      } finally {
        setFlagsFromString('--no-compact-on-every-full-gc');
      }
    };
  }

  return compactor;
}
