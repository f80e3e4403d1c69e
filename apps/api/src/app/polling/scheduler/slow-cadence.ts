/**
 * Decides when a cycle includes the slow data (backups, snapshots, tasks, disks): on the first
 * cycle, then every N cycles or every interval. A slow cycle that failed stays due.
 */
export class SlowCadence {
  private lastDoneAt?: number;
  private cyclesSince = 0;

  constructor(
    private readonly everyCycles: number,
    private readonly everyMs: number,
  ) {}

  isDue(now: number): boolean {
    if (this.lastDoneAt === undefined) {
      return true;
    }

    return this.everyMs > 0
      ? now - this.lastDoneAt >= this.everyMs
      : this.cyclesSince >= this.everyCycles;
  }

  /** Call after every cycle; `slowDone` when it included the slow data and succeeded. */
  record(now: number, slowDone: boolean): void {
    if (slowDone) {
      this.lastDoneAt = now;
      this.cyclesSince = 1;
    } else {
      this.cyclesSince += 1;
    }
  }
}
