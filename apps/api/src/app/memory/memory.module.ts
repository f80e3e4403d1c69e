import { Module } from '@nestjs/common';

import { heapCompactor, limitHeapGrowth, usedHeapBytes } from './heap-compactor';
import { HEAP_ACCESS, HeapAccess, HeapCompactionService } from './heap-compaction.service';
import { HEAP_GROWTH_LIMIT, HeapGrowthService } from './heap-growth.service';

const v8Heap: HeapAccess = {
  usedBytes: usedHeapBytes,
  // The compactor is made on first use, so a server with compaction off never exposes `gc`.
  compact: () => heapCompactor()(),
};

/** Keeps the process near its live size: a tighter heap growth, optional compaction. */
@Module({
  providers: [
    HeapGrowthService,
    HeapCompactionService,
    { provide: HEAP_ACCESS, useValue: v8Heap },
    { provide: HEAP_GROWTH_LIMIT, useValue: limitHeapGrowth },
  ],
  exports: [HeapCompactionService],
})
export class MemoryModule {}
