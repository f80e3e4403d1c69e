import { arr, bool, int, Inventory, iso, num, obj, opt, str } from './inventory-schema';

/**
 * The `/api/state` field inventory (api-inventory.md §2.4) as a table: every documented field of
 * every collection with its JSON kind and unit. `notFilled` names optional fields the default
 * simulator scenario cannot show, and why.
 */

const NO_SENSORS = 'node temperatures come from SSH `sensors -j`, not from the Proxmox API';
const GUESTS_ONLY = 'only guests have a balloon';
const NO_SWAP = 'PVE reports swap for nodes only (VM swap is inside the guest)';

function memory(notFilled: { balloon?: string; swap?: string } = {}): Inventory {
  return {
    total: int('bytes'),
    used: int('bytes'),
    free: int('bytes'),
    usage: num('percent'),
    balloon: opt(int('bytes'), notFilled.balloon),
    swapUsed: opt(int('bytes'), notFilled.swap),
    swapTotal: opt(int('bytes'), notFilled.swap),
  };
}

function disk(usage: 'percent' | 'percentOrUnknown', notFilled?: string): Inventory {
  return {
    total: int('bytes'),
    used: int('bytes'),
    free: int('bytes'),
    usage: num(usage),
    mountpoint: opt(str(), notFilled),
    type: opt(str(), notFilled),
    device: opt(str(), notFilled),
  };
}

const SUMMARY_DISK = 'the summed disk of a node or guest names no single file system';

const temperature: Inventory = {
  cpuPackage: opt(num()),
  cpuMax: opt(num()),
  cpuMin: opt(num()),
  cpuMaxRecord: opt(num()),
  minRecorded: iso({ zeroTime: true }),
  maxRecorded: iso({ zeroTime: true }),
  cores: opt(arr({ core: int('count'), temp: num() })),
  gpu: opt(
    arr({
      device: str(),
      edge: opt(num()),
      junction: opt(num()),
      mem: opt(num()),
    }),
  ),
  nvme: opt(arr({ device: str(), temp: num() })),
  available: bool(),
  hasCPU: bool(),
  hasGPU: bool(),
  hasNVMe: bool(),
  lastUpdate: iso({ zeroTime: true }),
};

export const NODE: Inventory = {
  id: str(),
  node: str(),
  name: str(),
  displayName: str(),
  instance: str(),
  host: opt(str()),
  status: str({ oneOf: ['online', 'offline', 'unknown'] }),
  type: str({ oneOf: ['node'] }),
  cpu: num('fraction'),
  memory: opt(obj(memory({ balloon: GUESTS_ONLY }))),
  mem: int('bytes'),
  maxmem: int('bytes'),
  disk: opt(obj(disk('percent', SUMMARY_DISK))),
  maxdisk: int('bytes'),
  uptime: int('seconds'),
  loadAverage: arr(num('amount'), { nullable: true }),
  kernelVersion: str(),
  pveVersion: str(),
  cpuInfo: obj({ model: str(), cores: int('count'), sockets: int('count'), mhz: str() }),
  temperature: opt(obj(temperature), NO_SENSORS),
  lastSeen: int('epochMs'),
  connectionHealth: str({ oneOf: ['healthy', 'degraded', 'error'] }),
  isClusterMember: opt(bool()),
  clusterName: opt(str()),
  temperatureMonitoringEnabled: opt(bool()),
};

const networkInterface: Inventory = {
  name: str(),
  mac: opt(str()),
  addresses: opt(arr(str())),
  rxBytes: opt(int('bytes')),
  txBytes: opt(int('bytes')),
};

function guest(type: 'qemu' | 'lxc'): Inventory {
  const lxc = type === 'lxc';

  return {
    id: str(),
    vmid: int('count'),
    name: str(),
    node: str(),
    instance: str(),
    status: str(),
    type: str({ oneOf: [type] }),
    cpu: num('fraction'),
    cpus: int('count'),
    memory: opt(obj(memory({ balloon: lxc ? GUESTS_ONLY : undefined, swap: NO_SWAP }))),
    mem: int('bytes'),
    maxmem: int('bytes'),
    disk: opt(obj(disk(lxc ? 'percent' : 'percentOrUnknown', SUMMARY_DISK))),
    disks: opt(arr(disk('percent'))),
    networkInterfaces: opt(
      arr(
        lxc
          ? {
              ...networkInterface,
              rxBytes: opt(int('bytes'), 'container interfaces carry no counters'),
              txBytes: opt(int('bytes'), 'container interfaces carry no counters'),
            }
          : networkInterface,
      ),
    ),
    ipAddresses: opt(arr(str())),
    networkIn: int('bytesPerSecond'),
    networkOut: int('bytesPerSecond'),
    diskRead: int('bytesPerSecond'),
    diskWrite: int('bytesPerSecond'),
    uptime: int('seconds'),
    template: bool(),
    lastBackup: opt(int('epochMs')),
    tags: opt(str()),
    lock: opt(str(), 'the simulator sets no config locks; Pulse passes the PVE `lock` through'),
    lastSeen: int('epochMs'),
  };
}

export const VM: Inventory = {
  ...guest('qemu'),
  diskStatusReason: opt(str()),
  osName: opt(str()),
  osVersion: opt(str()),
  agentVersion: opt(str()),
};

export const CONTAINER: Inventory = guest('lxc');

export const STORAGE: Inventory = {
  id: str(),
  storage: str(),
  name: str(),
  node: str(),
  instance: str(),
  nodes: opt(arr(str())),
  nodeIds: opt(arr(str())),
  nodeCount: opt(int('count')),
  type: str(),
  status: str({ oneOf: ['available', 'inactive', 'disabled', 'offline'] }),
  total: int('bytes'),
  used: int('bytes'),
  avail: int('bytes'),
  free: int('bytes'),
  usage: num('percent'),
  content: str(),
  shared: bool(),
  enabled: bool(),
  active: bool(),
};

export const CEPH_CLUSTER: Inventory = {
  id: str(),
  instance: str(),
  name: str(),
  fsid: opt(str()),
  health: str(),
  healthMessage: opt(
    str(),
    'HEALTH_OK in the default scenario; pve-collector.sim.spec.ts degrades it',
  ),
  totalBytes: int('bytes'),
  usedBytes: int('bytes'),
  availableBytes: int('bytes'),
  usagePercent: num('percent'),
  numMons: int('count'),
  numMgrs: int('count'),
  numOsds: int('count'),
  numOsdsUp: int('count'),
  numOsdsIn: int('count'),
  numPGs: int('count'),
  pools: opt(
    arr({
      id: int('count'),
      name: str(),
      storedBytes: int('bytes'),
      availableBytes: int('bytes'),
      objects: int('count'),
      percentUsed: num('percent'),
    }),
  ),
  services: opt(
    arr({
      type: str(),
      running: int('count'),
      total: int('count'),
      message: opt(str(), 'all daemons run here; pve-collector.sim.spec.ts stops some'),
    }),
  ),
  lastUpdated: int('epochSeconds'),
};

export const PHYSICAL_DISK: Inventory = {
  id: str(),
  node: str(),
  instance: str(),
  devPath: str(),
  model: str(),
  serial: str(),
  type: str(),
  size: int('bytes'),
  health: str({ oneOf: ['PASSED', 'FAILED', 'UNKNOWN'] }),
  wearout: int('wearout'),
  temperature: int('count'),
  rpm: int('count'),
  used: str(),
  lastChecked: iso(),
};

const LAST_RUN_OK = 'set only when the last run failed; most last runs of the scenario succeed';

const pbsJob = (last: string, extra: Inventory = {}): Inventory => ({
  id: str(),
  store: str(),
  status: str(),
  [last]: iso({ zeroTime: true }),
  nextRun: opt(iso()),
  error: opt(str(), LAST_RUN_OK),
  ...extra,
});

export const PBS_INSTANCE: Inventory = {
  id: str(),
  name: str(),
  host: str(),
  status: str(),
  version: str(),
  cpu: num('percent'),
  memory: num('percent'),
  memoryUsed: int('bytes'),
  memoryTotal: int('bytes'),
  uptime: int('seconds'),
  datastores: arr({
    name: str(),
    total: int('bytes'),
    used: int('bytes'),
    free: int('bytes'),
    usage: num('percent'),
    status: str(),
    error: opt(str(), 'every datastore of the default scenario is readable'),
    namespaces: opt(arr({ path: str(), parent: opt(str()), depth: int('count') })),
    deduplicationFactor: opt(num('amount')),
  }),
  backupJobs: arr({
    id: str(),
    store: str(),
    type: str(),
    vmid: opt(str()),
    lastBackup: iso({ zeroTime: true }),
    nextRun: opt(iso(), 'PBS backups are started by the PVE side; PBS has no schedule for them'),
    status: str(),
    error: opt(str(), LAST_RUN_OK),
  }),
  syncJobs: arr(pbsJob('lastSync', { remote: str() })),
  verifyJobs: arr(pbsJob('lastVerify')),
  pruneJobs: arr(pbsJob('lastPrune')),
  garbageJobs: arr(pbsJob('lastGarbage', { removedBytes: opt(int('bytes')) })),
  connectionHealth: str(),
  lastSeen: iso(),
};

const mailCounters = (names: string[]): Inventory =>
  Object.fromEntries(names.map((name) => [name, num('amount')]));

export const PMG_INSTANCE: Inventory = {
  id: str(),
  name: str(),
  host: str(),
  status: str(),
  version: str(),
  nodes: opt(
    arr({
      name: str(),
      status: str(),
      role: opt(str()),
      uptime: opt(int('seconds')),
      loadAvg: opt(str()),
      queueStatus: opt(
        obj({
          active: int('count'),
          deferred: int('count'),
          hold: int('count'),
          incoming: int('count'),
          total: int('count'),
          oldestAge: int('seconds'),
          updatedAt: iso(),
        }),
      ),
    }),
  ),
  mailStats: opt(
    obj({
      timeframe: str(),
      ...mailCounters([
        'countTotal',
        'countIn',
        'countOut',
        'spamIn',
        'spamOut',
        'virusIn',
        'virusOut',
        'bouncesIn',
        'bouncesOut',
        'bytesIn',
        'bytesOut',
        'greylistCount',
        'junkIn',
        'averageProcessTimeMs',
        'rblRejects',
        'pregreetRejects',
      ]),
      updatedAt: iso(),
    }),
  ),
  mailCount: opt(
    arr({
      timestamp: iso(),
      ...mailCounters([
        'count',
        'countIn',
        'countOut',
        'spamIn',
        'spamOut',
        'virusIn',
        'virusOut',
        'rblRejects',
        'pregreet',
        'bouncesIn',
        'bouncesOut',
        'greylist',
      ]),
      index: int('count'),
      timeframe: str(),
      windowStart: opt(iso()),
      windowEnd: opt(iso()),
    }),
  ),
  spamDistribution: opt(arr({ score: str(), count: num('amount') })),
  quarantine: opt(
    obj({
      spam: int('count'),
      virus: int('count'),
      attachment: int('count'),
      blacklisted: int('count'),
    }),
  ),
  connectionHealth: str(),
  lastSeen: iso(),
  lastUpdated: iso(),
};

export const PBS_BACKUP: Inventory = {
  id: str(),
  instance: str(),
  datastore: str(),
  namespace: str(),
  backupType: str({ oneOf: ['vm', 'ct', 'host'] }),
  vmid: str(),
  backupTime: iso(),
  size: int('bytes'),
  protected: bool(),
  verified: bool(),
  comment: opt(str()),
  files: opt(arr(str())),
  owner: opt(str()),
};

export const PMG_BACKUP: Inventory = {
  id: str(),
  instance: str(),
  node: str(),
  filename: str(),
  backupTime: iso(),
  size: int('bytes'),
};

export const BACKUP_TASK: Inventory = {
  id: str(),
  node: str(),
  instance: opt(str({ extension: 'tells tasks of two instances with the same node name apart' })),
  type: str(),
  vmid: int('count'),
  status: str(),
  startTime: iso(),
  endTime: opt(iso({ zeroTime: true })),
  size: opt(int('bytes'), 'the PVE task list has no size; it is only in each task log'),
  error: opt(str()),
};

export const STORAGE_BACKUP: Inventory = {
  id: str(),
  storage: str(),
  node: str(),
  instance: str(),
  type: str({ oneOf: ['qemu', 'lxc', 'host'] }),
  vmid: int('count'),
  time: iso(),
  ctime: int('epochSeconds'),
  size: int('bytes'),
  format: str(),
  notes: opt(str()),
  protected: bool(),
  volid: str(),
  isPBS: bool(),
  verified: bool(),
  verification: opt(obj({ state: opt(str()), upid: opt(str()) })),
};

export const GUEST_SNAPSHOT: Inventory = {
  id: str(),
  name: str(),
  node: str(),
  instance: str(),
  type: str({ oneOf: ['qemu', 'lxc'] }),
  vmid: int('count'),
  time: iso(),
  description: opt(str()),
  parent: opt(str()),
  vmstate: bool(),
  sizeBytes: opt(
    int('bytes'),
    'PVE reports no size per snapshot; the original never filled it either',
  ),
};

const NO_STORAGE_FIELDS = 'PVE replication jobs name no storage (ZFS uses the same storage)';

export const REPLICATION_JOB: Inventory = {
  id: str(),
  instance: str(),
  jobId: str(),
  jobNumber: opt(int('count')),
  guest: opt(str()),
  guestId: opt(int('count')),
  guestName: opt(str()),
  guestType: opt(str()),
  guestNode: opt(str()),
  sourceNode: opt(str()),
  sourceStorage: opt(str(), NO_STORAGE_FIELDS),
  targetNode: opt(str()),
  targetStorage: opt(str(), NO_STORAGE_FIELDS),
  schedule: opt(str()),
  type: opt(str()),
  enabled: bool(),
  state: opt(str()),
  status: opt(str()),
  lastSyncStatus: opt(str()),
  lastSyncTime: opt(int('epochMs')),
  lastSyncUnix: opt(int('epochSeconds')),
  lastSyncDurationSeconds: opt(num('amount')),
  lastSyncDurationHuman: opt(str()),
  nextSyncTime: opt(int('epochMs')),
  nextSyncUnix: opt(int('epochSeconds')),
  durationSeconds: opt(num('amount')),
  durationHuman: opt(str()),
  failCount: opt(int('count')),
  error: opt(str()),
  comment: opt(str()),
  removeJob: opt(str(), 'set only while PVE removes a job'),
  rateLimitMbps: opt(num('amount')),
  polledAt: int('epochMs'),
};

export const STATE_ALERT: Inventory = {
  id: str(),
  type: str(),
  level: str(),
  resourceId: str(),
  resourceName: str(),
  node: str(),
  instance: str(),
  message: str(),
  value: num(),
  threshold: num(),
  startTime: iso(),
  acknowledged: bool(),
  ackTime: opt(iso()),
  ackUser: opt(str()),
};

const pveBackups: Inventory = {
  backupTasks: arr(BACKUP_TASK),
  storageBackups: arr(STORAGE_BACKUP),
  guestSnapshots: arr(GUEST_SNAPSHOT),
};

const NO_AGENTS = 'filled by the Docker and host agents, not by polling';

/** Top level of `GET /api/state`: every key always present. */
export const STATE: Inventory = {
  nodes: arr(NODE),
  vms: arr(VM),
  containers: arr(CONTAINER),
  dockerHosts: arr(obj({}), { notFilled: NO_AGENTS }),
  removedDockerHosts: arr(obj({}), { notFilled: NO_AGENTS }),
  hosts: arr(obj({}), { notFilled: NO_AGENTS }),
  storage: arr(STORAGE),
  cephClusters: arr(CEPH_CLUSTER),
  physicalDisks: arr(PHYSICAL_DISK),
  pbs: arr(PBS_INSTANCE),
  pmg: arr(PMG_INSTANCE),
  pbsBackups: arr(PBS_BACKUP),
  pmgBackups: arr(PMG_BACKUP),
  backups: obj({ pve: obj(pveBackups), pbs: arr(PBS_BACKUP), pmg: arr(PMG_BACKUP) }),
  replicationJobs: arr(REPLICATION_JOB),
  activeAlerts: arr(STATE_ALERT, { notFilled: 'alerts are evaluated by the alert engine' }),
  metrics: obj({}, { empty: true }),
  pveBackups: obj(pveBackups),
  performance: obj({}, { empty: true }),
  connectionHealth: { kind: 'object', values: bool() },
  stats: obj({}, { empty: true }),
  lastUpdate: int('epochMs'),
  temperatureMonitoringEnabled: bool(),
};
