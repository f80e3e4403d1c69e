import { ApiError } from '../../http/api-error';
import { RouteContext, Router } from '../../http/router';
import { PhysicalDisk, ZfsDevice } from '../model/pve.types';
import { PveDeps } from './pve-deps';

const ATA_ATTRIBUTES = [
  { id: '  5', name: 'Reallocated_Sector_Ct', value: 100, worst: 100, threshold: 10, raw: '0' },
  { id: '  9', name: 'Power_On_Hours', value: 95, worst: 95, threshold: 0, raw: '21873' },
  { id: '194', name: 'Temperature_Celsius', value: 64, worst: 52, threshold: 0, raw: '36' },
].map((attribute) => ({ ...attribute, fail: '-', flags: '-O--CK', normalized: attribute.value }));

export function registerDiskRoutes(router: Router, deps: PveDeps): void {
  const { cluster } = deps;
  router
    .get('/nodes/{node}/disks/list', (ctx) => cluster.node(ctx.params['node']).disks.map(diskItem))
    .get('/nodes/{node}/disks/smart', (ctx) => smart(deps, ctx))
    .get('/nodes/{node}/disks/zfs', (ctx) =>
      cluster.node(ctx.params['node']).pools.map((pool) => ({
        name: pool.name,
        size: pool.size,
        alloc: pool.alloc,
        free: pool.size - pool.alloc,
        frag: pool.frag,
        dedup: pool.dedup,
        health: pool.health,
      })),
    )
    .get('/nodes/{node}/disks/zfs/{name}', (ctx) => zfsDetail(deps, ctx));
}

function diskItem(disk: PhysicalDisk) {
  return {
    devpath: disk.devpath,
    model: disk.model,
    serial: disk.serial,
    type: disk.type,
    health: disk.health,
    wearout: disk.wearout,
    size: disk.size,
    rpm: disk.rpm,
    used: disk.used,
    vendor: disk.vendor,
    wwn: disk.wwn,
    gpt: 1,
    osdid: -1,
    'osdid-list': null,
    by_id_link: byIdLink(disk),
  };
}

function smart(deps: PveDeps, ctx: RouteContext) {
  const node = deps.cluster.node(ctx.params['node']);
  const disk = node.disks.find((d) => d.devpath === ctx.query.get('disk'));
  if (!disk) throw new ApiError(400, 'Parameter verification failed.', { disk: 'invalid disk' });
  if (disk.type === 'nvme') {
    return { health: disk.health, type: 'text', text: nvmeSmartText(disk) };
  }

  return { health: disk.health, type: 'ata', attributes: ATA_ATTRIBUTES };
}

/** The part of `smartctl -a` PVE passes through for NVMe drives: health log lines. */
function nvmeSmartText(disk: PhysicalDisk): string {
  const celsius = 35 + (disk.serial.charCodeAt(disk.serial.length - 1) % 12);

  return [
    'SMART/Health Information (NVMe Log 0x02)',
    'Critical Warning:                   0x00',
    `Temperature:                        ${celsius} Celsius`,
    'Available Spare:                    100%',
    `Percentage Used:                    ${100 - Number(disk.wearout)}%`,
    '',
  ].join('\n');
}

function zfsDetail(deps: PveDeps, ctx: RouteContext) {
  const node = deps.cluster.node(ctx.params['node']);
  const pool = node.pools.find((p) => p.name === ctx.params['name']);
  if (!pool)
    throw new ApiError(500, `zpool status: cannot open '${ctx.params['name']}': no such pool`);

  return {
    name: pool.name,
    state: pool.health,
    ...(pool.status ? { status: pool.status } : {}),
    ...(pool.action ? { action: pool.action } : {}),
    scan: pool.scan,
    errors: pool.errors,
    children: pool.vdevs.map(device),
  };
}

function device(dev: ZfsDevice): Record<string, unknown> {
  const leaf = !dev.children || dev.children.length === 0;

  return {
    name: dev.name,
    state: dev.state,
    read: dev.read,
    write: dev.write,
    cksum: dev.cksum,
    ...(dev.msg ? { msg: dev.msg } : {}),
    leaf: leaf ? 1 : 0,
    ...(leaf ? {} : { children: (dev.children ?? []).map(device) }),
  };
}

function byIdLink(disk: PhysicalDisk): string {
  const bus = disk.type === 'nvme' ? 'nvme' : 'ata';

  return `/dev/disk/by-id/${bus}-${disk.model.replace(/ /g, '_')}_${disk.serial}`;
}
