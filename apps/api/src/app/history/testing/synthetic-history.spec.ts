import { rmSync } from 'node:fs';
import { join } from 'node:path';

import { makeTempDir } from '../../../test/test-app';
import { measureGuestYear } from './synthetic-history';

describe('disk use per guest and year', () => {
  let dir: string;

  beforeAll(() => {
    dir = makeTempDir('pulse-disk-use-');
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stays within the budget docs/METRICS-HISTORY.md gives', () => {
    const usage = measureGuestYear(join(dir, 'metrics.db'), 10, 1_700_006_400);

    expect(usage.tiers.raw.rowsPerGuest).toBe(8_640);
    expect(usage.tiers.minute.rowsPerGuest).toBe(10_080);
    expect(usage.tiers.hour.rowsPerGuest).toBe(2_160);
    expect(usage.tiers.day.rowsPerGuest).toBe(365);
    expect(usage.tiers.raw.bytesPerGuest / 8_640).toBeLessThan(48);
    expect(usage.tiers.minute.bytesPerGuest / 10_080).toBeLessThan(110);
    expect(usage.bytesPerGuest).toBeGreaterThan(1_000_000);
    expect(usage.bytesPerGuest).toBeLessThan(1_800_000);
  });
});
