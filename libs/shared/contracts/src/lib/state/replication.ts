import { EpochMs } from './common';

export interface ReplicationJob {
  id: string;
  instance: string;
  jobId: string;
  jobNumber?: number;
  guest?: string;
  guestId?: number;
  guestName?: string;
  guestType?: string;
  guestNode?: string;
  sourceNode?: string;
  sourceStorage?: string;
  targetNode?: string;
  targetStorage?: string;
  schedule?: string;
  type?: string;
  enabled: boolean;
  state?: string;
  status?: string;
  lastSyncStatus?: string;
  lastSyncTime?: EpochMs;
  lastSyncUnix?: number;
  lastSyncDurationSeconds?: number;
  lastSyncDurationHuman?: string;
  nextSyncTime?: EpochMs;
  nextSyncUnix?: number;
  durationSeconds?: number;
  durationHuman?: string;
  failCount?: number;
  error?: string;
  comment?: string;
  removeJob?: string;
  rateLimitMbps?: number;
  polledAt: EpochMs;
}
