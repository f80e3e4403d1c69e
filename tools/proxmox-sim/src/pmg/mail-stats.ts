import { hashUnit } from '../core/prng';
import { HOUR } from '../core/units';

export interface MailCounts {
  count_in: number;
  count_out: number;
  spamcount_in: number;
  spamcount_out: number;
  viruscount_in: number;
  viruscount_out: number;
  bounces_in: number;
  bounces_out: number;
  bytes_in: number;
  bytes_out: number;
  glcount: number;
  junk_in: number;
  junk_out: number;
  rbl_rejects: number;
  pregreet_rejects: number;
  spfcount: number;
  ptime: number;
}

const KEYS: Array<keyof MailCounts> = [
  'count_in',
  'count_out',
  'spamcount_in',
  'spamcount_out',
  'viruscount_in',
  'viruscount_out',
  'bounces_in',
  'bounces_out',
  'bytes_in',
  'bytes_out',
  'glcount',
  'junk_in',
  'junk_out',
  'rbl_rejects',
  'pregreet_rejects',
  'spfcount',
  'ptime',
];

export function emptyCounts(): MailCounts {
  return Object.fromEntries(KEYS.map((key) => [key, 0])) as unknown as MailCounts;
}

/**
 * Mail traffic is a pure function of the hour (seeded hash plus a day/night curve), so any
 * window can be summed on demand and numbers grow as the clock moves.
 */
export class MailTraffic {
  constructor(
    private readonly seed: number,
    private readonly perHour: number,
  ) {}

  /** Fractional counts for one hour; `window` floors the sums. */
  hour(index: number): MailCounts {
    const h = (n: number) => hashUnit(this.seed, index, n);
    const hourOfDay = index % 24;
    const daylight = 0.35 + 0.65 * ((Math.sin(((hourOfDay - 8) / 24) * 2 * Math.PI) + 1) / 2);
    const total = this.perHour * daylight * (0.75 + 0.5 * h(0));
    const countIn = total * 0.62;
    const countOut = total * 0.38;
    const spamIn = countIn * (0.1 + 0.12 * h(1));

    return {
      count_in: countIn,
      count_out: countOut,
      spamcount_in: spamIn,
      spamcount_out: countOut * 0.01 * h(2),
      viruscount_in: countIn * 0.006 * h(3),
      viruscount_out: countOut * 0.001 * h(4),
      bounces_in: countIn * 0.01 * h(5),
      bounces_out: countOut * 0.02 * h(6),
      bytes_in: countIn * (30000 + 60000 * h(7)),
      bytes_out: countOut * (20000 + 40000 * h(8)),
      glcount: countIn * 0.05 * h(9),
      junk_in: spamIn * 1.05,
      junk_out: countOut * 0.01 * h(10),
      rbl_rejects: total * 0.2 * h(11),
      pregreet_rejects: total * 0.05 * h(12),
      spfcount: countIn * 0.01 * h(13),
      ptime: total * (0.3 + 0.4 * h(14)),
    };
  }

  /** Sum over [start, end); partial hours count pro rata. */
  window(start: number, end: number): MailCounts {
    const sum = emptyCounts();
    for (let hourStart = Math.floor(start / HOUR) * HOUR; hourStart < end; hourStart += HOUR) {
      const from = Math.max(start, hourStart);
      const to = Math.min(end, hourStart + HOUR);
      const share = (to - from) / HOUR;
      const counts = this.hour(hourStart / HOUR);
      for (const key of KEYS) sum[key] += counts[key] * share;
    }
    for (const key of KEYS) if (key !== 'ptime') sum[key] = Math.floor(sum[key]);

    return sum;
  }
}
