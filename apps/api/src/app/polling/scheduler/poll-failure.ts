import type { PollErrorCategory } from '@pulse/contracts';

import { isUpstreamError, UpstreamErrorKind } from '../../upstream';
import { messageOf } from '../collectors/shared/errors';

/** Failures that retrying will not fix until someone changes credentials, rights or TLS. */
const PERMANENT_KINDS: ReadonlySet<UpstreamErrorKind> = new Set(['auth', 'permission', 'tls']);

/** A failed cycle as the scheduler records it. */
export interface PollFailure {
  message: string;
  category: PollErrorCategory;
  /** `UpstreamError.kind`, `cycle_timeout`, or `internal` for anything else. */
  kind: string;
}

/** Thrown into a cycle that ran past its budget. */
export class CycleTimeoutError extends Error {
  constructor(budgetMs: number) {
    super(`poll cycle took longer than its budget of ${budgetMs} ms`);
    this.name = 'CycleTimeoutError';
  }
}

export function classifyFailure(error: unknown): PollFailure {
  if (isUpstreamError(error)) {
    const category = PERMANENT_KINDS.has(error.kind) ? 'permanent' : 'transient';

    return { message: error.message, category, kind: error.kind };
  }
  if (error instanceof CycleTimeoutError) {
    return { message: error.message, category: 'transient', kind: 'cycle_timeout' };
  }
  return { message: messageOf(error), category: 'transient', kind: 'internal' };
}
