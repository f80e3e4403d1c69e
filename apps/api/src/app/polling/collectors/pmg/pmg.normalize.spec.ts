import { decodeList, decodeObject } from '../../../upstream/decode/shape';
import {
  mailCountShape,
  mailStatisticsShape,
  spamScoreShape,
} from '../../../upstream/pmg/pmg.decoders';
import {
  oldestAgeSeconds,
  toMailCounts,
  toMailStats,
  toQuarantine,
  toQueueStatus,
  toSpamDistribution,
} from './pmg.normalize';

const NOW = Date.UTC(2025, 0, 1, 12);

describe('PMG normalizers', () => {
  it('reads mail totals with string and null numbers, processing time in ms', () => {
    const stats = decodeObject(
      {
        count: '2800',
        count_in: 1800,
        count_out: null,
        spamcount_in: '320',
        glcount: 210,
        avptime: '0.48',
        bytes_in: 9.6e9,
      },
      mailStatisticsShape,
    );

    expect(toMailStats(stats, NOW)).toMatchObject({
      timeframe: 'day',
      countTotal: 2800,
      countIn: 1800,
      countOut: 0,
      spamIn: 320,
      greylistCount: 210,
      bytesIn: 9.6e9,
      averageProcessTimeMs: 480,
      updatedAt: '2025-01-01T12:00:00Z',
    });
  });

  it('labels hourly buckets with their window', () => {
    const points = decodeList(
      [{ index: 0, time: 1735689600, count: '100', count_in: 60 }, { time: 1735693200 }],
      mailCountShape,
    );
    const [first, second] = toMailCounts(points, 3600);

    expect(first).toMatchObject({
      timestamp: '2025-01-01T00:00:00Z',
      count: 100,
      countIn: 60,
      index: 0,
      timeframe: 'hour',
      windowStart: '2025-01-01T00:00:00Z',
      windowEnd: '2025-01-01T01:00:00Z',
    });
    expect(second).toMatchObject({ index: 1, count: 0 });
  });

  it('keeps spam score levels as strings', () => {
    const scores = decodeList([{ level: 0, count: '1200', ratio: 0.8 }], spamScoreShape);

    expect(toSpamDistribution(scores)).toEqual([{ score: '0', count: 1200 }]);
  });

  it('totals the queues and takes the oldest deferred mail from qshape', () => {
    const qshape = [{ domain: 'TOTAL', total: 3, buckets: { '5': 1, '10': 0, '1280+': 2 } }];
    const queue = toQueueStatus({ active: 1, deferred: 3, hold: 0, incoming: 2 }, qshape, NOW);

    expect(queue).toEqual({
      active: 1,
      deferred: 3,
      hold: 0,
      incoming: 2,
      total: 6,
      oldestAge: 1280 * 60,
      updatedAt: '2025-01-01T12:00:00Z',
    });
    expect(oldestAgeSeconds(undefined)).toBe(0);
  });

  it('counts spam and virus quarantine, attachment and blacklist as 0', () => {
    expect(toQuarantine({ count: 25 }, undefined)).toEqual({
      spam: 25,
      virus: 0,
      attachment: 0,
      blacklisted: 0,
    });
  });
});
