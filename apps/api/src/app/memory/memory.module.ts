import { Module } from '@nestjs/common';

import { heapCompactor, usedHeapBytes } from './heap-compactor';
import { HEAP_ACCESS, HeapAccess, HeapCompactionService } from './heap-compaction.service';

const v8Heap: HeapAccess = {
  usedBytes: usedHeapBytes,
  // The compactor is made on first use, so a server with compaction off never touches V8 flags.
  compact: () => heapCompactor()(),
};

/** Keeps the process near its live size between poll cycles. */
@Module({
  providers: [HeapCompactionService, { provide: HEAP_ACCESS, useValue: v8Heap }],
  exports: [HeapCompactionService],
})
export class MemoryModule {}
