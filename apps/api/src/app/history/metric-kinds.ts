import type { GuestBase, Node, PbsInstance, Storage } from '@pulse/contracts';

import type { CollectionItem, CollectionName } from '../state/state-collections';

/** A metric of a kind; stored on disk as the integer `round(value × scale)`. */
export interface MetricSpec {
  name: string;
  scale: number;
}

/** The current values of one series (a resource), in the order of its kind's metrics. */
export interface SeriesSample {
  resource: string;
  values: number[];
}

/**
 * A kind of resource whose numbers are recorded: the state collections it comes from, its
 * metrics (one column each) and how to read them from an item. A new kind is a descriptor
 * here, its entry in {@link METRIC_KINDS} and a migration that creates its tables.
 */
export interface MetricKind {
  name: string;
  collections: readonly CollectionName[];
  metrics: readonly MetricSpec[];
  samples(item: CollectionItem): SeriesSample[];
}

const percent = (name: string): MetricSpec => ({ name, scale: 100 });
const bytes = (name: string): MetricSpec => ({ name, scale: 1 });

/** A usable reading, or `NaN` (stored as NULL) for a missing or negative one. */
export function reading(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : NaN;
}

function share(used: number, total: number): number {
  return total > 0 ? (used / total) * 100 : NaN;
}

export const NODE_KIND: MetricKind = {
  name: 'node',
  collections: ['nodes'],
  metrics: [percent('cpu'), percent('memory'), percent('disk')],
  samples: (item) => {
    const node = item as Node;
    const memory = node.memory?.usage ?? share(node.mem, node.maxmem);

    return [{ resource: node.id, values: [node.cpu * 100, memory, node.disk?.usage ?? NaN] }];
  },
};

export const GUEST_KIND: MetricKind = {
  name: 'guest',
  collections: ['vms', 'containers'],
  metrics: [
    percent('cpu'),
    percent('memory'),
    percent('disk'),
    bytes('diskread'),
    bytes('diskwrite'),
    bytes('netin'),
    bytes('netout'),
  ],
  samples: (item) => {
    const guest = item as GuestBase;
    const memory = guest.memory?.usage ?? share(guest.mem, guest.maxmem);
    const io = [guest.diskRead, guest.diskWrite, guest.networkIn, guest.networkOut];

    return [
      { resource: guest.id, values: [guest.cpu * 100, memory, guest.disk?.usage ?? NaN, ...io] },
    ];
  },
};

const STORAGE_METRICS = [percent('usage'), bytes('used'), bytes('total'), bytes('avail')];

export const STORAGE_KIND: MetricKind = {
  name: 'storage',
  collections: ['storage'],
  metrics: STORAGE_METRICS,
  samples: (item) => {
    const { id, used, total, avail, usage } = item as Storage;
    const percentUsed = total > 0 ? share(used, total) : usage;

    return [{ resource: id, values: [percentUsed, used, total, avail] }];
  },
};

/** PBS datastores, one series each, as `<pbs id>-<datastore>` (`pbs-main-store1`). */
export const DATASTORE_KIND: MetricKind = {
  name: 'datastore',
  collections: ['pbs'],
  metrics: STORAGE_METRICS,
  samples: (item) =>
    ((item as PbsInstance).datastores ?? []).map((store) => ({
      resource: `${item.id}-${store.name}`,
      values: [store.usage, store.used, store.total, store.free],
    })),
};

export const METRIC_KINDS: readonly MetricKind[] = [
  NODE_KIND,
  GUEST_KIND,
  STORAGE_KIND,
  DATASTORE_KIND,
];

/** Every sample of an item, with unusable readings turned into `NaN`. */
export function readSamples(kind: MetricKind, item: CollectionItem): SeriesSample[] {
  return kind.samples(item).map(({ resource, values }) => ({
    resource,
    values: values.map(reading),
  }));
}
