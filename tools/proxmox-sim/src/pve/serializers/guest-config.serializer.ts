import { createHash } from 'node:crypto';
import { GiB, MiB } from '../../core/units';
import { formatUuid } from '../../core/uuid';
import { Guest } from '../model/pve.types';

const sizeText = (bytes: number) => `${Math.round(bytes / GiB)}G`;

function digest(guest: Guest): string {
  return createHash('sha1').update(`${guest.vmid}:${guest.node}:${guest.name}`).digest('hex');
}

function diskVolume(guest: Guest): string {
  const zfsCt = guest.type === 'lxc' && guest.storage === 'local-zfs';
  const prefix = guest.template ? 'base' : zfsCt ? 'subvol' : 'vm';

  return `${guest.storage}:${prefix}-${guest.vmid}-disk-0`;
}

export function qemuConfig(guest: Guest) {
  return {
    name: guest.name,
    memory: String(guest.maxmem / MiB),
    cores: guest.maxcpu,
    sockets: 1,
    cpu: 'x86-64-v2-AES',
    ostype: guest.os.family === 'windows' ? guest.os.ostype : 'l26',
    scsihw: 'virtio-scsi-single',
    scsi0: `${diskVolume(guest)},iothread=1,size=${sizeText(guest.maxdisk)}`,
    net0: `virtio=${guest.mac},bridge=vmbr0,firewall=1`,
    boot: 'order=scsi0;net0',
    smbios1: `uuid=${uuidFor(guest.vmid)}`,
    vmgenid: uuidFor(guest.vmid + 1),
    onboot: 1,
    digest: digest(guest),
    ...(guest.agent !== 'none' ? { agent: '1' } : {}),
    ...(guest.balloonDriver ? {} : { balloon: 0 }),
    ...(guest.balloonMin > 0 ? { balloon: guest.balloonMin / MiB } : {}),
    ...(guest.tags.length > 0 ? { tags: guest.tags.join(';') } : {}),
    ...(guest.template ? { template: 1 } : {}),
  };
}

export function lxcConfig(guest: Guest) {
  const ip = guest.dhcp ? 'dhcp' : `${guest.ipv4}/24`;
  const gateway = guest.dhcp ? '' : `,gw=${guest.ipv4.replace(/\.\d+$/, '.1')}`;
  const ip6 = guest.ipv6 ? `,ip6=${guest.ipv6}/64` : '';

  return {
    arch: 'amd64',
    hostname: guest.name,
    cores: guest.maxcpu,
    memory: guest.maxmem / MiB,
    swap: guest.maxswap / MiB,
    ostype: guest.os.ostype,
    rootfs: `${diskVolume(guest)},size=${sizeText(guest.maxdisk)}`,
    net0: [
      'name=eth0,bridge=vmbr0,firewall=1',
      `${gateway},hwaddr=${guest.mac},ip=${ip}${ip6},type=veth`,
    ].join(''),
    unprivileged: 1,
    features: 'nesting=1',
    onboot: 1,
    digest: digest(guest),
    ...(guest.tags.length > 0 ? { tags: guest.tags.join(';') } : {}),
    ...(guest.template ? { template: 1 } : {}),
  };
}

/** Container interfaces as PVE 8 reports them from inside the container. */
export function lxcInterfaces(guest: Guest) {
  const leased = guest.ipv4;
  const eth0 = {
    name: 'eth0',
    hwaddr: guest.mac.toLowerCase(),
    'hardware-address': guest.mac.toLowerCase(),
    inet: `${leased}/24`,
    ...(guest.ipv6 ? { inet6: `${guest.ipv6}/64` } : {}),
    'ip-addresses': [
      { 'ip-address': leased, 'ip-address-type': 'inet', prefix: 24 },
      ...(guest.ipv6 ? [{ 'ip-address': guest.ipv6, 'ip-address-type': 'inet6', prefix: 64 }] : []),
    ],
  };
  const lo = {
    name: 'lo',
    hwaddr: '00:00:00:00:00:00',
    'hardware-address': '00:00:00:00:00:00',
    inet: '127.0.0.1/8',
    inet6: '::1/128',
    'ip-addresses': [
      { 'ip-address': '127.0.0.1', 'ip-address-type': 'inet', prefix: 8 },
      { 'ip-address': '::1', 'ip-address-type': 'inet6', prefix: 128 },
    ],
  };

  return [lo, eth0];
}

function uuidFor(seed: number): string {
  return formatUuid(createHash('md5').update(String(seed)).digest('hex'));
}
