/** What the PVE side needs from the PBS model for a storage of type `pbs`. */
export interface PbsBackupView {
  backupType: 'vm' | 'ct' | 'host';
  backupId: string;
  backupTime: number;
  size: number;
  comment: string;
  protected: boolean;
  verification?: { state: 'ok' | 'failed'; upid: string };
  fingerprint?: string;
}

export interface PbsLink {
  readonly datastore: string;
  fingerprint(): string;
  addGuestBackup(input: {
    backupType: 'vm' | 'ct';
    backupId: string;
    backupTime: number;
    size: number;
    comment: string;
  }): void;
  /** Snapshots in the datastore's root namespace. */
  backups(): PbsBackupView[];
  usage(): { total: number; used: number; avail: number };
}
