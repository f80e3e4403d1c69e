const READ_ONLY_TYPES = [
  'erofs',
  'squashfs',
  'squash-fs',
  'iso9660',
  'cdfs',
  'udf',
  'cramfs',
  'romfs',
];

const VIRTUAL_TYPES = new Set([
  'tmpfs',
  'devtmpfs',
  'cgroup',
  'cgroup2',
  'sysfs',
  'proc',
  'devpts',
  'securityfs',
  'debugfs',
  'tracefs',
  'fusectl',
  'configfs',
  'pstore',
  'hugetlbfs',
  'mqueue',
  'bpf',
]);

const REMOTE_TYPE_PARTS = ['fuse', '9p', 'nfs', 'cifs', 'smb'];

const SKIPPED_MOUNT_PREFIXES = ['/dev', '/proc', '/sys', '/run', '/var/lib/docker', '/snap'];

/**
 * File systems that are full by design (images, ISOs, squashfs snaps, a full overlay); they
 * would show as 100 % used and trigger alerts for nothing.
 */
export function isReadOnlyFilesystem(type: string | undefined, used = 0, total = 0): boolean {
  const kind = (type ?? '').toLowerCase();
  if (READ_ONLY_TYPES.some((part) => kind.includes(part))) {
    return true;
  }

  return kind.includes('overlay') && total > 0 && used >= total;
}

/** Windows drive letters (`C:\`) are never filtered, whatever the agent calls their type. */
export function isWindowsDrive(mountpoint: string | undefined): boolean {
  return /^[a-z]:\\?$/i.test(mountpoint ?? '');
}

/** Pseudo, remote and system mounts that say nothing about the guest's own disks. */
export function isSpecialFilesystem(type: string | undefined, mountpoint: string | undefined) {
  const kind = (type ?? '').toLowerCase();
  const mount = mountpoint ?? '';
  if (VIRTUAL_TYPES.has(kind) || REMOTE_TYPE_PARTS.some((part) => kind.includes(part))) {
    return true;
  }

  return (
    SKIPPED_MOUNT_PREFIXES.some((prefix) => mount === prefix || mount.startsWith(`${prefix}/`)) ||
    mount === '/boot/efi' ||
    mount.includes('System Reserved')
  );
}
