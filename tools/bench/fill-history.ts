// Fills a stopped server's metrics.db with what `--days` days of 10 s polling leave behind for
// every guest series it already knows (default retention: raw for at most a day, minute rows
// for the whole span, hour and day rows too), marks the rollups done up to now so the server
// does not redo them, and prints the rows written and the file size. Used by state.bench.mjs:
//   SWC_NODE_PROJECT=apps/api/tsconfig.app.json node -r @swc-node/register \
//     tools/bench/fill-history.ts <data dir> [--days 7]
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

import { HistoryRepository } from '../../apps/api/src/app/history/storage/history.repository';
import { metricsDbPath } from '../../apps/api/src/app/history/storage/metrics-db';
import { BUCKET_SEC, TIER_NAMES, TierName } from '../../apps/api/src/app/history/storage/tiers';
import { fillGuestTier } from '../../apps/api/src/app/history/testing/synthetic-history';
import { openMetricsFixture } from '../../apps/api/src/app/history/testing/metrics-fixtures';

const DAY_SEC = 86_400;
/** 360 raw or minute points per guest and chunk; hour and day tiers are small. */
const CHUNK_SEC: Record<TierName, number> = {
  raw: 3_600,
  minute: 21_600,
  hour: 30 * DAY_SEC,
  day: 365 * DAY_SEC,
};
const MB = 1024 * 1024;

/**
 * One statement per chunk of at most a few million rows: a single statement over days of
 * 10,000 guests sorts all its rows in memory first (gigabytes with temp_store = MEMORY).
 */
function fillInChunks(
  repository: HistoryRepository,
  tier: TierName,
  fromSec: number,
  toSec: number,
): number {
  const chunkSec = Math.max(BUCKET_SEC[tier], CHUNK_SEC[tier]);
  let rows = 0;
  for (let start = fromSec; start < toSec; start += chunkSec) {
    rows += fillGuestTier(repository, tier, start, Math.min(toSec, start + chunkSec));
  }

  return rows;
}

function main(): void {
  const [dataDir, flag, value] = process.argv.slice(2);
  const days = flag === '--days' ? Number(value) : 7;
  if (!dataDir || !Number.isFinite(days) || days <= 0) {
    throw new Error('usage: fill-history.ts <data dir> [--days 7]');
  }
  const path = metricsDbPath(dataDir);
  const fixture = openMetricsFixture(path);
  const { repository, tiers } = fixture;
  const nowSec = Math.floor(Date.now() / 1000);
  const guests = repository.loadSeries().filter((row) => row.kind === 'guest').length;
  const started = performance.now();
  const rows: string[] = [];
  for (const tier of TIER_NAMES) {
    const retentionSec = (tiers.find((t) => t.name === tier)?.retentionMs ?? 0) / 1000;
    const end = nowSec - (nowSec % BUCKET_SEC[tier]);
    const from = end - Math.min(days * DAY_SEC, retentionSec);
    rows.push(`${tier} ${fillInChunks(repository, tier, from, end)}`);
    if (tier !== 'raw') {
      repository.setDoneUntil(
        'guest',
        tier,
        Math.max(end, repository.doneUntil('guest', tier) ?? 0),
      );
    }
  }
  repository.db.pragma('wal_checkpoint(TRUNCATE)');
  fixture.close();
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const size = statSync(path).size;
  console.log(
    `history: ${days} days for ${guests} guests (rows: ${rows.join(', ')}) in ${seconds} s; ` +
      `metrics.db ${(size / MB).toFixed(0)} MiB = ` +
      `${(size / Math.max(1, guests) / 1024).toFixed(0)} KiB per guest`,
  );
}

main();
