import { GUEST_KIND } from '../metric-kinds';
import type { StoredRow } from '../storage/history.repository';
import { addGuestSeries, fillGuestTier } from '../testing/synthetic-history';
import { MetricsFixture, openMetricsFixture } from '../testing/metrics-fixtures';
import { selectedRowsSql, SelectedSeriesRepository } from './selected-series.repository';

const HOUR = 3_600;

describe('SelectedSeriesRepository', () => {
  let fixture: MetricsFixture;
  let selected: SelectedSeriesRepository;

  beforeAll(() => {
    fixture = openMetricsFixture();
    addGuestSeries(fixture.repository, 50, 0);
    fillGuestTier(fixture.repository, 'hour', 0, 48 * HOUR);
    fillGuestTier(fixture.repository, 'raw', 48 * HOUR, 49 * HOUR);
    selected = new SelectedSeriesRepository(fixture.repository.db);
  });

  afterAll(() => fixture.close());

  const rows = (read: (visit: (row: StoredRow) => void) => void): StoredRow[] => {
    const seen: StoredRow[] = [];
    read((row) => seen.push([...row] as StoredRow));

    return seen;
  };

  it('finds the ids of known resources only', () => {
    const ids = selected.seriesIds('guest', ['bench-guest-3', 'bench-guest-7', 'nothing']);

    expect([...ids.keys()].sort()).toEqual(['bench-guest-3', 'bench-guest-7']);
    expect(selected.seriesIds('node', ['bench-guest-3']).size).toBe(0);
  });

  it.each([
    ['hour', 10 * HOUR + 1, 30 * HOUR],
    ['raw', 48 * HOUR, 48 * HOUR + 600],
  ] as const)('reads the %s rows of the chosen series in time order', (tier, from, to) => {
    const sids = [...selected.seriesIds('guest', ['bench-guest-3', 'bench-guest-40']).values()];
    const all = rows((visit) => fixture.repository.readRange(GUEST_KIND, tier, from, to, visit));
    const some = rows((visit) => selected.readRange(GUEST_KIND, tier, from, to, sids, visit));

    expect(some.length).toBeGreaterThan(10);
    expect(some).toEqual(all.filter(([sid]) => sids.includes(sid)));
  });

  it('reads nothing for an empty range or unknown series', () => {
    const sids = [...selected.seriesIds('guest', ['bench-guest-3']).values()];

    expect(rows((visit) => selected.readRange(GUEST_KIND, 'hour', 5, 5, sids, visit))).toEqual([]);
    expect(
      rows((visit) => selected.readRange(GUEST_KIND, 'hour', 0, 99 * HOUR, [999], visit)),
    ).toEqual([]);
  });

  it('looks rows up by time and series instead of scanning the range', () => {
    const plan = fixture.repository.db
      .prepare(`EXPLAIN QUERY PLAN ${selectedRowsSql(GUEST_KIND, 'hour')}`)
      .all({ from: 0, to: HOUR, sids: '[1]' }) as { detail: string }[];
    const details = plan.map((step) => step.detail);

    expect(details).toContain('SEARCH r USING PRIMARY KEY (ts=? AND sid=?)');
    expect(details.some((step) => /^SCAN guest_hour/.test(step))).toBe(false);
  });
});
