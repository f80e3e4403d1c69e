import { HistorySettings } from '../../../services/config/sections/history.settings';
import { GUEST_KIND, NODE_KIND } from '../metric-kinds';
import { MetricsFixture, openMetricsFixture } from '../testing/metrics-fixtures';
import { StoredRow } from './history.repository';
import { HistoryRollup, HistoryStep } from './history-rollup';
import { tiersFrom, TierName } from './tiers';

const DAY = 86_400;
const BASE = 1_700_006_400; // a UTC midnight

function guestValues(cpu: number, disk = NaN): number[] {
  return [cpu, 50, disk, 1000, 2000, 3000, 4000];
}

describe('HistoryRollup', () => {
  let fixture: MetricsFixture;
  let sid: number;

  const writeGuest = (timeSec: number, values: number[]) =>
    fixture.repository.writeRaw([{ kind: GUEST_KIND, sid, timeSec, values }]);

  const rows = (tier: TierName, kind = GUEST_KIND): StoredRow[] => {
    const seen: StoredRow[] = [];
    fixture.repository.readRange(kind, tier, 0, 2 ** 32, (row) => seen.push([...row]));

    return seen;
  };

  const stored = (tier: TierName, column: string) =>
    fixture.repository.db
      .prepare(`SELECT ts, n, ${column} AS v FROM guest_${tier} ORDER BY ts`)
      .all();

  beforeEach(() => {
    fixture = openMetricsFixture();
    sid = fixture.series.idFor('guest', 'pve-node1-100', BASE);
  });

  afterEach(() => fixture.close());

  it('keeps min, max and average of each minute', () => {
    writeGuest(BASE + 10, guestValues(10));
    writeGuest(BASE + 20, guestValues(20));
    writeGuest(BASE + 30, guestValues(60));
    fixture.rollup.runAll(BASE + 3600);

    expect(stored('minute', 'cpu_min')).toEqual([{ ts: BASE, n: 3, v: 1000 }]);
    expect(stored('minute', 'cpu_max')).toEqual([{ ts: BASE, n: 3, v: 6000 }]);
    expect(rows('minute')[0].slice(0, 4)).toEqual([sid, BASE, 30, 50]);
  });

  it('weights averages by sample count when rolling minutes into hours and days', () => {
    writeGuest(BASE + 0, guestValues(10));
    writeGuest(BASE + 10, guestValues(20));
    writeGuest(BASE + 20, guestValues(30));
    writeGuest(BASE + 60, guestValues(40));
    fixture.rollup.runAll(BASE + 2 * DAY);

    expect(stored('hour', 'cpu_avg')).toEqual([{ ts: BASE, n: 4, v: 2500 }]);
    expect(stored('hour', 'cpu_min')[0]).toMatchObject({ v: 1000 });
    expect(stored('hour', 'cpu_max')[0]).toMatchObject({ v: 4000 });
    expect(stored('day', 'cpu_avg')).toEqual([{ ts: BASE, n: 4, v: 2500 }]);
  });

  it('leaves missing readings out of the averages', () => {
    writeGuest(BASE + 0, guestValues(10, 40));
    writeGuest(BASE + 10, guestValues(10));
    writeGuest(BASE + 60, guestValues(10, 80));
    writeGuest(BASE + 70, guestValues(10));
    writeGuest(BASE + 80, guestValues(10));
    writeGuest(BASE + 120, guestValues(10));
    fixture.rollup.runAll(BASE + DAY);

    expect(stored('minute', 'disk_avg').map((row) => (row as { v: number }).v)).toEqual([
      4000,
      8000,
      null,
    ]);
    // Minute averages are weighted by their sample count: (40 × 2 + 80 × 3) / 5.
    expect(stored('hour', 'disk_avg')).toEqual([{ ts: BASE, n: 6, v: 6400 }]);
    expect(rows('hour')[0][4]).toBe(64);
  });

  it('leaves the current minute and hour for later', () => {
    writeGuest(BASE + 100, guestValues(10));
    writeGuest(BASE + 130, guestValues(20));
    fixture.rollup.runAll(BASE + 185);

    expect(rows('minute').map((row) => row[1])).toEqual([BASE + 60]);
    expect(rows('hour')).toEqual([]);
    expect(fixture.repository.doneUntil('guest', 'minute')).toBe(BASE + 120);
    expect(fixture.repository.doneUntil('guest', 'hour')).toBeUndefined();
  });

  it('is done after one pass and does nothing more until new points arrive', () => {
    writeGuest(BASE, guestValues(10));
    const first = fixture.rollup.runAll(BASE + 2 * DAY);

    expect(first.filter((step) => step.action === 'rollup').map((step) => step.tier)).toEqual([
      'minute',
      'hour',
      'day',
    ]);
    expect(fixture.rollup.runAll(BASE + 2 * DAY)).toEqual([]);
  });

  it('skips a long gap without stepping through it', () => {
    writeGuest(BASE, guestValues(10));
    writeGuest(BASE + 30 * DAY, guestValues(20));
    const steps = fixture.rollup.runAll(BASE + 30 * DAY + 3600);

    expect(steps.length).toBeLessThan(20);
    expect(rows('minute').map((row) => row[1])).toEqual([BASE + 30 * DAY]);
  });

  it('rolls each kind into its own tables', () => {
    const node = fixture.series.idFor('node', 'pve-node1', BASE);
    fixture.repository.writeRaw([{ kind: NODE_KIND, sid: node, timeSec: BASE, values: [5, 6, 7] }]);
    writeGuest(BASE, guestValues(10));
    fixture.rollup.runAll(BASE + 3600);

    expect(rows('minute', NODE_KIND)).toEqual([[node, BASE, 5, 6, 7]]);
    expect(rows('minute')).toHaveLength(1);
  });

  it('rolls a chunk of many series up a range of series per step, as one pass would', () => {
    const fill = (target: MetricsFixture) => {
      const sids = Array.from({ length: 40 }, (_, i) =>
        target.series.idFor('guest', `g${i}`, BASE),
      );
      target.repository.writeRaw(
        sids.flatMap((id, i) =>
          [0, 10, 20, 30, 40, 50].map((t) => ({
            kind: GUEST_KIND,
            sid: id,
            timeSec: BASE + t,
            values: guestValues(i + t / 10),
          })),
        ),
      );
    };
    const minuteSteps = (list: (HistoryStep | undefined)[]) =>
      list.filter((step) => step?.kind === 'guest' && step.tier === 'minute').length;
    fill(fixture);
    const whole = fixture.rollup.runAll(BASE + 3 * 3600);
    const other = openMetricsFixture();
    other.series.idFor('guest', 'pve-node1-100', BASE);
    fill(other);
    // A raw chunk spans 300 s, 30 rows per series at 10 s: 10 of the 41 series per step.
    const split = new HistoryRollup(other.repository, other.tiers, 300);
    const first = split.step(BASE + 3 * 3600);

    expect(first).toMatchObject({ action: 'rollup', tier: 'minute' });
    expect(other.repository.doneUntil('guest', 'minute')).toBeUndefined();
    const steps = [first, ...split.runAll(BASE + 3 * 3600)];
    const read = (target: MetricsFixture, tier: TierName) => {
      const seen: StoredRow[] = [];
      target.repository.readRange(GUEST_KIND, tier, 0, 2 ** 32, (row) => seen.push([...row]));

      return seen;
    };

    expect(minuteSteps(whole)).toBe(1);
    expect(minuteSteps(steps)).toBe(5);
    expect(read(other, 'minute')).toEqual(read(fixture, 'minute'));
    expect(read(other, 'hour')).toEqual(read(fixture, 'hour'));
    expect(read(other, 'hour')).toHaveLength(40);
    expect(other.repository.doneUntil('guest', 'minute')).toBe(
      fixture.repository.doneUntil('guest', 'minute'),
    );
    other.close();
  });

  describe('retention', () => {
    it('drops each tier past its retention once the next tier has it', () => {
      for (let t = 0; t < 3 * DAY; t += 600) {
        writeGuest(BASE + t, guestValues(10));
      }
      fixture.rollup.runAll(BASE + 11 * DAY);

      expect(rows('raw')).toEqual([]);
      expect(rows('minute')).toEqual([]);
      expect(rows('hour')).toHaveLength(72);
      expect(rows('day')).toHaveLength(3);

      fixture.rollup.runAll(BASE + 400 * DAY);
      expect(rows('hour')).toEqual([]);
      expect(rows('day')).toEqual([]);
    });

    it('keeps raw points for the configured time', () => {
      writeGuest(BASE, guestValues(10));
      writeGuest(BASE + 7200, guestValues(10));
      fixture.rollup.runAll(BASE + DAY + 3600);

      expect(rows('raw').map((row) => row[1])).toEqual([BASE + 7200]);
      expect(rows('minute')).toHaveLength(2);
    });

    it('never drops rows the next tier has not rolled up yet', () => {
      fixture.close();
      const settings = Object.assign(new HistorySettings(), { minuteRetentionMs: 0 });
      fixture = openMetricsFixture(':memory:', tiersFrom(settings));
      sid = fixture.series.idFor('guest', 'g', BASE);
      for (let t = 0; t < 90 * 60; t += 60) {
        writeGuest(BASE + t, guestValues(10));
      }
      fixture.rollup.runAll(BASE + 95 * 60);

      expect(rows('hour').map((row) => row[1])).toEqual([BASE]);
      expect(rows('minute').map((row) => row[1])).toEqual(
        Array.from({ length: 30 }, (_, i) => BASE + 3600 + i * 60),
      );
    });
  });
});

describe('SeriesIndex', () => {
  it('forgets series not seen for a long time and gives a returning one a new id', () => {
    const fixture = openMetricsFixture();
    const old = fixture.series.idFor('guest', 'gone', BASE);
    const live = fixture.series.idFor('guest', 'live', BASE + 400 * DAY);

    expect(fixture.series.prune(BASE + DAY)).toBe(1);
    expect(fixture.series.resourceOf(old)).toBeUndefined();
    expect(fixture.series.resourceOf(live)).toBe('live');
    expect(fixture.series.idFor('guest', 'gone', BASE + 401 * DAY)).not.toBe(old);
    fixture.close();
  });
});
