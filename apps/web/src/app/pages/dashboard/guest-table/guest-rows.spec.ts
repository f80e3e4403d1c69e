import { containerFixture, emptyState, vmFixture } from '../../../testing/state-fixtures';
import { filterGuests, GuestRow, guestRows, NO_GUEST_FILTER, sortGuests } from './guest-rows';

const GiB = 1024 ** 3;

function rows(): GuestRow[] {
  return guestRows(
    emptyState({
      vms: [
        vmFixture(100, 'web-01', { cpu: 0.5, tags: 'prod,web', networkIn: 500 }),
        vmFixture(102, 'db-01', { cpu: 0.9, node: 'pve2', networkIn: 9000 }),
        vmFixture(900, 'template', { template: true }),
      ],
      containers: [
        containerFixture(101, 'dns', { status: 'stopped', cpu: 0, uptime: 0 }),
        containerFixture(103, 'Web-02', { cpu: 0.05, tags: 'web' }),
      ],
    }),
  );
}

const names = (list: GuestRow[]) => list.map((row) => row.name);

describe('guestRows', () => {
  it('lists VMs and containers without templates, in percent', () => {
    const list = rows();
    const web = list.find((row) => row.vmid === 100);

    expect(names(list)).toEqual(['web-01', 'db-01', 'dns', 'Web-02']);
    expect(web).toMatchObject({ typeLabel: 'VM', cpu: 50, memory: 50, disk: 25 });
    expect(web?.memoryDetail).toEqual({ used: 2 * GiB, total: 4 * GiB });
    expect(web?.tags).toEqual(['prod', 'web']);
  });

  it('shows no usage for a guest that is not running', () => {
    const dns = rows().find((row) => row.name === 'dns');

    expect(dns).toMatchObject({ cpu: null, memory: null, disk: null, netIn: 0, uptime: 0 });
  });

  it('treats a negative disk usage as unknown', () => {
    const [row] = guestRows(
      emptyState({ vms: [vmFixture(1, 'a', { disk: { total: 1, used: 0, free: 1, usage: -1 } })] }),
    );

    expect(row.disk).toBeNull();
    expect(row.diskDetail).toBeNull();
  });
});

describe('filterGuests', () => {
  it('keeps everything without a filter', () => {
    expect(filterGuests(rows(), NO_GUEST_FILTER)).toHaveLength(4);
  });

  it('matches every word of the query against name, id, node and tags, ignoring case', () => {
    const filter = (query: string) => names(filterGuests(rows(), { ...NO_GUEST_FILTER, query }));

    expect(filter('WEB')).toEqual(['web-01', 'Web-02']);
    expect(filter('web lxc')).toEqual(['Web-02']);
    expect(filter('102')).toEqual(['db-01']);
    expect(filter('pve2')).toEqual(['db-01']);
    expect(filter('prod')).toEqual(['web-01']);
    expect(filter('nothing-like-this')).toEqual([]);
  });

  it('filters by type and by status', () => {
    const only = (type: 'qemu' | 'lxc', status: 'all' | 'running' | 'stopped') =>
      names(filterGuests(rows(), { query: '', type, status }));

    expect(only('lxc', 'all')).toEqual(['dns', 'Web-02']);
    expect(only('lxc', 'stopped')).toEqual(['dns']);
    expect(only('qemu', 'running')).toEqual(['web-01', 'db-01']);
  });
});

describe('sortGuests', () => {
  it('sorts names naturally and without regard to case', () => {
    expect(names(sortGuests(rows(), { key: 'name', direction: 'asc' }))).toEqual([
      'db-01',
      'dns',
      'web-01',
      'Web-02',
    ]);
  });

  it('sorts numbers by value in both directions', () => {
    expect(names(sortGuests(rows(), { key: 'netIn', direction: 'desc' }))).toEqual([
      'db-01',
      'Web-02',
      'web-01',
      'dns',
    ]);
    expect(sortGuests(rows(), { key: 'vmid', direction: 'asc' }).map((r) => r.vmid)).toEqual([
      100, 101, 102, 103,
    ]);
  });

  it('puts unknown values last whichever the direction', () => {
    const up = names(sortGuests(rows(), { key: 'cpu', direction: 'asc' }));
    const down = names(sortGuests(rows(), { key: 'cpu', direction: 'desc' }));

    expect(up).toEqual(['Web-02', 'web-01', 'db-01', 'dns']);
    expect(down).toEqual(['db-01', 'web-01', 'Web-02', 'dns']);
  });

  it('leaves its input untouched', () => {
    const list = rows();
    const before = names(list);

    sortGuests(list, { key: 'name', direction: 'desc' });

    expect(names(list)).toEqual(before);
  });
});
