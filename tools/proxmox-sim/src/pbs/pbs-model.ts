import { Clock, epochSeconds } from '../core/clock';
import { clamp, Prng } from '../core/prng';
import { formatPbsUpid } from '../core/upid';
import { GiB, TiB } from '../core/units';
import { PbsBackupView, PbsLink } from '../pve/model/pbs-link';
import { ResolvedScenario } from '../scenario/scenario.types';
import { Datastore, PbsHost, PbsJob, PbsSnapshot, PbsTask } from './pbs.types';

const MAX_TASKS = 3000;

export interface StoreUsage {
  total: number;
  used: number;
  avail: number;
}

export interface NewPbsTask {
  workerType: string;
  workerId: string;
  starttime: number;
  duration?: number;
  status?: string;
  user?: string;
}

/** The simulated Proxmox Backup Server: datastores, snapshots, jobs and its task list. */
export class PbsModel implements PbsLink {
  readonly hostname: string;
  readonly version: string;
  readonly datastores: Datastore[];
  readonly host: PbsHost;
  jobs: PbsJob[] = [];
  private readonly snapshots = new Map<string, PbsSnapshot[]>();
  private tasks: PbsTask[] = [];
  private nextTaskId = 1;
  private fingerprintValue = '';
  private readonly usageCache = new Map<string, { count: number; usage: StoreUsage }>();

  constructor(
    scenario: ResolvedScenario['pbs'],
    private readonly clock: Clock,
    private readonly rng: Prng,
  ) {
    this.hostname = scenario.hostname;
    this.version = scenario.version;
    const now = this.now();
    this.datastores = scenario.datastores.map((store, i) => ({
      name: store.name,
      comment: store.comment,
      path: `/mnt/datastore/${store.name}`,
      total: Math.round(store.sizeTiB * TiB),
      baseUsed: Math.round(store.sizeTiB * TiB * rng.between(0.02, 0.08)),
      dedup: rng.between(2.5, 9),
      namespaces: i === 0 ? ['', 'prod', 'prod/db'] : [''],
      removedBytes: 0,
      pendingBytes: Math.round(rng.between(0, 40) * GiB),
    }));
    for (const store of this.datastores) this.snapshots.set(store.name, []);
    this.host = {
      cpu: 0.05,
      memTotal: 64 * GiB,
      memUsed: 12 * GiB,
      swapTotal: 8 * GiB,
      swapUsed: 0,
      rootTotal: 120 * GiB,
      rootUsed: 9 * GiB,
      bootTime: now - 41 * 86400,
      load: [0.4, 0.5, 0.45],
    };
  }

  get datastore(): string {
    return this.datastores[0].name;
  }

  now(): number {
    return epochSeconds(this.clock);
  }

  setFingerprint(fingerprint: string): void {
    this.fingerprintValue = fingerprint;
  }

  fingerprint(): string {
    return this.fingerprintValue;
  }

  store(name: string): Datastore | undefined {
    return this.datastores.find((store) => store.name === name);
  }

  snapshotsOf(store: string): PbsSnapshot[] {
    return this.snapshots.get(store) ?? [];
  }

  addSnapshot(snapshot: PbsSnapshot): void {
    this.snapshots.get(snapshot.store)?.push(snapshot);
  }

  addGuestBackup(input: Parameters<PbsLink['addGuestBackup']>[0]): void {
    const store = this.datastore;
    const duration = Math.max(10, Math.round(input.size / (300 * 1024 * 1024)));
    const task = this.addTask({
      workerType: 'backup',
      workerId: `${store}:${input.backupType}/${input.backupId}`,
      starttime: input.backupTime,
      duration,
      user: 'root@pam',
    });
    this.addSnapshot({
      store,
      ns: '',
      ...input,
      owner: 'root@pam',
      protected: false,
      verification: this.initialVerification(input.backupTime, task.upid),
    });
  }

  backups(): PbsBackupView[] {
    return this.snapshotsOf(this.datastore).filter((s) => s.ns === '');
  }

  usage(): { total: number; used: number; avail: number } {
    return this.storeUsage(this.datastores[0]);
  }

  /** Cached per snapshot count: snapshots are only ever added. */
  storeUsage(store: Datastore) {
    const snapshots = this.snapshotsOf(store.name);
    const cached = this.usageCache.get(store.name);
    if (cached && cached.count === snapshots.length) return cached.usage;
    const stored = snapshots.reduce((sum, s) => sum + s.size, 0);
    const used = Math.min(store.total, Math.round(store.baseUsed + stored / store.dedup));
    const usage = { total: store.total, used, avail: store.total - used };
    this.usageCache.set(store.name, { count: snapshots.length, usage });

    return usage;
  }

  addTask(input: NewPbsTask): PbsTask {
    const taskId = this.nextTaskId++;
    const pid = 4000 + (taskId % 1000);
    const pstart = 300000;
    const user = input.user ?? 'root@pam';
    const task: PbsTask = {
      upid: formatPbsUpid({
        node: this.hostname,
        pid,
        pstart,
        taskId,
        starttime: input.starttime,
        type: input.workerType,
        id: input.workerId,
        user,
      }),
      node: this.hostname,
      pid,
      pstart,
      starttime: input.starttime,
      workerType: input.workerType,
      workerId: input.workerId,
      user,
      ...(input.duration === undefined
        ? {}
        : { endtime: input.starttime + input.duration, status: input.status ?? 'OK' }),
    };
    this.tasks.push(task);
    if (this.tasks.length > MAX_TASKS * 1.2) this.trimTasks();

    return task;
  }

  taskList(): PbsTask[] {
    return [...this.tasks].sort((a, b) => b.starttime - a.starttime);
  }

  findTask(upid: string): PbsTask | undefined {
    return this.tasks.find((task) => task.upid === upid);
  }

  tick(): void {
    const rng = this.rng;
    const h = this.host;
    h.cpu = clamp(h.cpu + rng.jitter(0, 0.03) + 0.2 * (0.08 - h.cpu), 0.005, 1);
    h.memUsed = Math.round(clamp(h.memUsed + rng.jitter(0, 0.2 * GiB), 4 * GiB, h.memTotal * 0.9));
    h.load = [h.cpu * 8, h.load[1] * 0.9 + h.cpu * 0.8, h.load[2] * 0.98 + h.cpu * 0.16];
  }

  private initialVerification(time: number, upid: string): PbsSnapshot['verification'] {
    if (this.now() - time < 86400) return undefined;

    return { state: this.rng.chance(0.04) ? 'failed' : 'ok', upid };
  }

  private trimTasks(): void {
    this.tasks = this.taskList().slice(0, MAX_TASKS);
  }
}
