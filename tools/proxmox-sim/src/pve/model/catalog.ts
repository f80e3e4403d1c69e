import { GiB, MiB } from '../../core/units';
import { OsProfile } from './pve.types';

const LINUX_ROOT = { name: 'sda1', type: 'ext4', mountpoint: '/', size: 0.95, fill: 0.35 };
const EFI = { name: 'sda15', type: 'vfat', mountpoint: '/boot/efi', size: 512 * MiB, fill: 0.012 };

export const OS_PROFILES: OsProfile[] = [
  {
    key: 'debian12',
    family: 'linux',
    id: 'debian',
    name: 'Debian GNU/Linux',
    prettyName: 'Debian GNU/Linux 12 (bookworm)',
    version: '12 (bookworm)',
    versionId: '12',
    kernel: '6.1.0-28-amd64',
    ostype: 'debian',
    filesystems: [LINUX_ROOT, EFI],
  },
  {
    key: 'ubuntu2404',
    family: 'linux',
    id: 'ubuntu',
    name: 'Ubuntu',
    prettyName: 'Ubuntu 24.04.1 LTS',
    version: '24.04.1 LTS (Noble Numbat)',
    versionId: '24.04',
    kernel: '6.8.0-49-generic',
    ostype: 'ubuntu',
    filesystems: [
      LINUX_ROOT,
      EFI,
      { name: 'loop0', type: 'squashfs', mountpoint: '/snap/core22/1663', size: 77 * MiB, fill: 1 },
    ],
  },
  {
    key: 'rocky9',
    family: 'linux',
    id: 'rocky',
    name: 'Rocky Linux',
    prettyName: 'Rocky Linux 9.5 (Blue Onyx)',
    version: '9.5 (Blue Onyx)',
    versionId: '9.5',
    kernel: '5.14.0-503.14.1.el9_5.x86_64',
    ostype: 'centos',
    filesystems: [
      { name: 'dm-0', type: 'xfs', mountpoint: '/', size: 0.7, fill: 0.3 },
      { name: 'dm-2', type: 'xfs', mountpoint: '/home', size: 0.25, fill: 0.2 },
      { name: 'sda1', type: 'xfs', mountpoint: '/boot', size: GiB, fill: 0.3 },
    ],
  },
  {
    key: 'alpine320',
    family: 'linux',
    id: 'alpine',
    name: 'Alpine Linux',
    prettyName: 'Alpine Linux v3.20',
    versionId: '3.20.3',
    kernel: '6.6.58-0-lts',
    ostype: 'alpine',
    filesystems: [{ name: 'sda3', type: 'ext4', mountpoint: '/', size: 0.97, fill: 0.1 }],
  },
  {
    key: 'win2022',
    family: 'windows',
    id: 'mswindows',
    name: 'Microsoft Windows',
    prettyName: 'Windows Server 2022 Datacenter',
    version: 'Microsoft Windows Server 2022',
    versionId: '2022',
    kernel: '20348',
    ostype: 'win11',
    filesystems: [
      { name: 'Volume1', type: 'NTFS', mountpoint: 'C:\\', size: 0.98, fill: 0.45 },
      { name: 'Volume0', type: 'NTFS', mountpoint: 'System Reserved', size: 100 * MiB, fill: 0.3 },
    ],
  },
  {
    key: 'win11',
    family: 'windows',
    id: 'mswindows',
    name: 'Microsoft Windows',
    prettyName: 'Windows 11 Pro',
    version: 'Microsoft Windows 11',
    versionId: '11',
    kernel: '22631',
    ostype: 'win11',
    filesystems: [{ name: 'Volume1', type: 'NTFS', mountpoint: 'C:\\', size: 0.99, fill: 0.55 }],
  },
];

export const LINUX_PROFILES = OS_PROFILES.filter((os) => os.family === 'linux');

export const GUEST_ROLES = [
  'web',
  'db',
  'cache',
  'proxy',
  'mail',
  'dns',
  'git',
  'ci',
  'monitor',
  'files',
  'vpn',
  'app',
  'api',
  'queue',
  'search',
  'ldap',
  'log',
  'media',
  'build',
  'backup',
];

export const TAGS = ['prod', 'dev', 'staging', 'critical', 'web', 'db', 'internal', 'backup-daily'];

export const CPU_MODELS = [
  { model: 'AMD EPYC 7443P 24-Core Processor', mhz: '2850.000', threads: 48, sockets: 1 },
  { model: 'Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz', mhz: '2000.000', threads: 64, sockets: 2 },
  { model: 'Intel(R) Xeon(R) E-2388G CPU @ 3.20GHz', mhz: '3200.000', threads: 16, sockets: 1 },
  { model: 'AMD Ryzen 9 7950X 16-Core Processor', mhz: '4500.000', threads: 32, sockets: 1 },
];

export const DISK_MODELS = {
  nvme: [
    { model: 'Samsung SSD 980 PRO 1TB', vendor: 'unknown', size: 1000204886016 },
    { model: 'KINGSTON SEDC1500M960G', vendor: 'unknown', size: 960197124096 },
  ],
  ssd: [
    { model: 'Samsung SSD 870 EVO 500GB', vendor: 'ATA', size: 500107862016 },
    { model: 'INTEL SSDSC2KB480G8', vendor: 'ATA', size: 480103981056 },
  ],
  hdd: [
    { model: 'ST4000NM0035-1V4107', vendor: 'ATA', size: 4000787030016 },
    { model: 'WDC WD40EFRX-68N32N0', vendor: 'ATA', size: 4000787030016 },
  ],
};

export const PVE_REPO_IDS: Record<string, string> = {
  '8': 'c1689ccb1065a83b',
  '9': '3a1c5e2f9b7d4e60',
};

export function kernelFor(pveVersion: string): string {
  return pveVersion.startsWith('9') ? '6.14.8-2-pve' : '6.8.12-9-pve';
}
