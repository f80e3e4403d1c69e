import { decodeList, decodeObject } from '../decode/shape';
import { UpstreamTransport } from '../http/transport';
import {
  mailCountShape,
  mailStatisticsShape,
  quarantineShape,
  spamScoreShape,
} from './pmg.decoders';
import {
  PmgMailCountPoint,
  PmgMailStatistics,
  PmgQuarantineStatus,
  PmgSpamScore,
  PmgTimeWindow,
} from './pmg.types';

/** One bucket per hour gives a 24-point series over PMG's default one-day window. */
export const HOURLY_TIMESPAN_S = 3600;

/** Mail statistics and quarantine summaries. */
export class PmgMailClient {
  constructor(private readonly transport: UpstreamTransport) {}

  statistics(window: PmgTimeWindow = {}): Promise<PmgMailStatistics> {
    return this.transport.get(
      '/statistics/mail',
      (data) => decodeObject(data, mailStatisticsShape),
      {
        query: { ...window },
      },
    );
  }

  /** Mail counts per bucket; `timespan` is the bucket width in seconds (PMG minimum 3600). */
  counts(window: PmgTimeWindow = {}, timespan = HOURLY_TIMESPAN_S): Promise<PmgMailCountPoint[]> {
    return this.transport.get('/statistics/mailcount', (data) => decodeList(data, mailCountShape), {
      query: { ...window, timespan },
    });
  }

  spamScores(window: PmgTimeWindow = {}): Promise<PmgSpamScore[]> {
    return this.transport.get(
      '/statistics/spamscores',
      (data) => decodeList(data, spamScoreShape),
      {
        query: { ...window },
      },
    );
  }

  spamQuarantine(): Promise<PmgQuarantineStatus> {
    return this.transport.get('/quarantine/spamstatus', (data) =>
      decodeObject(data, quarantineShape),
    );
  }

  virusQuarantine(): Promise<PmgQuarantineStatus> {
    return this.transport.get('/quarantine/virusstatus', (data) =>
      decodeObject(data, quarantineShape),
    );
  }
}
