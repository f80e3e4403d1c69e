import { Container, Disk, Memory, StateSnapshot, VM } from '@pulse/contracts';
import { matchesWords, queryWords } from '../../../shared/table/search';
import { compareValues, Sort } from '../../../shared/table/sort';

/** One VM or container as the guest table shows it; percentages are null when unknown. */
export interface GuestRow {
  id: string;
  name: string;
  vmid: number;
  node: string;
  instance: string;
  type: 'qemu' | 'lxc';
  typeLabel: 'VM' | 'LXC';
  status: string;
  cpu: number | null;
  memory: number | null;
  memoryDetail: { used: number; total: number } | null;
  disk: number | null;
  diskDetail: { used: number; total: number } | null;
  netIn: number;
  netOut: number;
  uptime: number;
  tags: string[];
}

export type GuestSortKey =
  | 'name'
  | 'vmid'
  | 'node'
  | 'type'
  | 'status'
  | 'cpu'
  | 'memory'
  | 'disk'
  | 'netIn'
  | 'netOut'
  | 'uptime';

export type GuestTypeFilter = 'all' | 'qemu' | 'lxc';
export type GuestStatusFilter = 'all' | 'running' | 'stopped';

export interface GuestFilter {
  query: string;
  type: GuestTypeFilter;
  status: GuestStatusFilter;
}

export const NO_GUEST_FILTER: GuestFilter = { query: '', type: 'all', status: 'all' };

/** Every VM and container of the state except templates. */
export function guestRows(state: StateSnapshot): GuestRow[] {
  const guests: (VM | Container)[] = [...state.vms, ...state.containers];

  return guests.filter((guest) => !guest.template).map(toRow);
}

function toRow(guest: VM | Container): GuestRow {
  const running = guest.status === 'running';

  return {
    id: guest.id,
    name: guest.name,
    vmid: guest.vmid,
    node: guest.node,
    instance: guest.instance,
    type: guest.type,
    typeLabel: guest.type === 'qemu' ? 'VM' : 'LXC',
    status: guest.status,
    cpu: running ? guest.cpu * 100 : null,
    memory: running ? usageOf(guest.memory, guest.mem, guest.maxmem) : null,
    memoryDetail: running ? detailOf(guest.memory, guest.mem, guest.maxmem) : null,
    disk: running ? usageOf(guest.disk) : null,
    diskDetail: running && (guest.disk?.usage ?? -1) >= 0 ? detailOf(guest.disk) : null,
    netIn: running ? guest.networkIn : 0,
    netOut: running ? guest.networkOut : 0,
    uptime: running ? guest.uptime : 0,
    tags: splitTags(guest.tags),
  };
}

function usageOf(measure: Memory | Disk | undefined, used = 0, total = 0): number | null {
  if (measure) {
    return measure.usage >= 0 ? measure.usage : null;
  }

  return total > 0 ? (used / total) * 100 : null;
}

function detailOf(measure: Memory | Disk | undefined, used = 0, total = 0) {
  const values = measure ? { used: measure.used, total: measure.total } : { used, total };

  return values.total > 0 ? values : null;
}

function splitTags(tags: string | undefined): string[] {
  return (tags ?? '')
    .split(/[,;\s]+/)
    .map((tag) => tag.trim())
    .filter(Boolean);
}

/** Every word of the query must appear in the name, id, node, instance, type, status or tags. */
export function filterGuests(rows: GuestRow[], filter: GuestFilter): GuestRow[] {
  const words = queryWords(filter.query);

  return rows.filter(
    (row) =>
      (filter.type === 'all' || row.type === filter.type) &&
      matchesStatus(row, filter.status) &&
      matchesWords(words, searchFields(row)),
  );
}

function matchesStatus(row: GuestRow, status: GuestStatusFilter): boolean {
  if (status === 'all') {
    return true;
  }

  return status === 'running' ? row.status === 'running' : row.status !== 'running';
}

function searchFields(row: GuestRow): (string | number)[] {
  return [row.name, row.vmid, row.node, row.instance, row.typeLabel, row.status, ...row.tags];
}

/** A sorted copy; ties fall back to the name and then the VMID, so the order is stable. */
export function sortGuests(rows: GuestRow[], sort: Sort<GuestSortKey>): GuestRow[] {
  return [...rows].sort(
    (a, b) =>
      compareValues(a[sort.key], b[sort.key], sort.direction) ||
      compareValues(a.name, b.name, 'asc') ||
      a.vmid - b.vmid,
  );
}
