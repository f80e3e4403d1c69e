import { Logger } from '@nestjs/common';

import { PulseConfig } from '../../services/config/pulse-config';
import { MetricsService } from '../../services/metrics/metrics.service';
import { HeapAccess, HeapCompactionService, SETTLE_MS } from './heap-compaction.service';

const MiB = 1024 * 1024;

/** A heap that grows by what the test says and shrinks to `live` when compacted. */
class FakeHeap implements HeapAccess {
  used = 0;
  live = 0;
  compactions = 0;

  usedBytes(): number {
    return this.used;
  }

  compact(): void {
    this.compactions += 1;
    this.used = this.live;
  }
}

function service(heap: FakeHeap, heapCompaction = true, heapCompactionBudgetPercent = 1) {
  const config = { runtime: { heapCompaction, heapCompactionBudgetPercent } } as PulseConfig;
  const metrics = new MetricsService();

  return { compaction: new HeapCompactionService(config, metrics, heap), metrics };
}

describe('HeapCompactionService', () => {
  let debug: jest.SpyInstance;
  beforeEach(() => {
    debug = jest.spyOn(Logger.prototype, 'debug').mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.useRealTimers();
    debug.mockRestore();
  });

  it('compacts a moment after a cycle when the heap grew, and counts it', async () => {
    jest.useFakeTimers();
    const heap = Object.assign(new FakeHeap(), { used: 300 * MiB, live: 90 * MiB });
    const { compaction, metrics } = service(heap);

    compaction.afterWork();
    compaction.afterWork();
    jest.advanceTimersByTime(SETTLE_MS - 1);
    expect(heap.compactions).toBe(0);
    jest.advanceTimersByTime(1);

    expect(heap.compactions).toBe(1);
    const text = await metrics.render();
    expect(text).toMatch(/^pulse_heap_compactions_total 1$/m);
    expect(text).toMatch(new RegExp(`^pulse_heap_live_bytes ${90 * MiB}$`, 'm'));
    expect(text).toMatch(/^pulse_heap_compaction_duration_seconds_count 1$/m);
    expect(debug).toHaveBeenCalledWith(
      expect.objectContaining({ beforeMiB: 300, afterMiB: 90 }),
      'Heap compacted',
    );
  });

  it('leaves a heap alone that grew less than the policy tolerates', () => {
    const heap = Object.assign(new FakeHeap(), { used: 200 * MiB, live: 100 * MiB });
    const { compaction } = service(heap);
    expect(compaction.check(0)).toBe(true);

    heap.used = 110 * MiB;
    expect(compaction.check(60_000)).toBe(false);
    heap.used = 130 * MiB;
    expect(compaction.check(120_000)).toBe(true);
    expect(heap.compactions).toBe(2);
  });

  it('never compacts when PULSE_HEAP_COMPACTION is off', () => {
    jest.useFakeTimers();
    const heap = Object.assign(new FakeHeap(), { used: 900 * MiB, live: 90 * MiB });
    const { compaction } = service(heap, false);

    compaction.afterWork();
    jest.advanceTimersByTime(10 * SETTLE_MS);

    expect(heap.compactions).toBe(0);
  });

  it('never compacts with a budget of 0', () => {
    const heap = Object.assign(new FakeHeap(), { used: 900 * MiB, live: 90 * MiB });
    const { compaction } = service(heap, true, 0);

    expect(compaction.check(0)).toBe(false);
    expect(heap.compactions).toBe(0);
  });

  it('drops a pending check at shutdown', () => {
    jest.useFakeTimers();
    const heap = Object.assign(new FakeHeap(), { used: 900 * MiB, live: 90 * MiB });
    const { compaction } = service(heap);

    compaction.afterWork();
    compaction.onApplicationShutdown();
    jest.advanceTimersByTime(10 * SETTLE_MS);

    expect(heap.compactions).toBe(0);
  });
});
