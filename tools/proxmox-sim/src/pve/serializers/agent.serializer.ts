import { Guest } from '../model/pve.types';

/** `get-fsinfo`: sizes follow the guest disk; some entries are ones clients must filter out. */
export function agentFsinfo(guest: Guest) {
  const windows = guest.os.family === 'windows';

  return guest.os.filesystems.map((fs, i) => {
    const total = fs.size > 1 ? fs.size : Math.round(guest.maxdisk * fs.size);
    const grow =
      fs.mountpoint === '/' || fs.mountpoint === 'C:\\' ? guest.diskUsed / guest.maxdisk : fs.fill;
    const used = Math.min(total, Math.round(total * Math.max(fs.fill, grow)));
    const disk = windows
      ? { 'bus-type': 'scsi', bus: 0, target: 0, unit: 0, serial: 'drive-scsi0' }
      : {
          dev: `/dev/${fs.name}`,
          'bus-type': 'scsi',
          bus: 0,
          target: 0,
          unit: 0,
          serial: 'drive-scsi0',
        };

    return {
      name: windows ? `\\\\?\\Volume{${i}d5c1e2a-0000-0000-0000-100000000000}\\` : fs.name,
      mountpoint: fs.mountpoint,
      type: fs.type,
      'total-bytes': total,
      'used-bytes': used,
      disk: [{ ...disk, 'pci-controller': { domain: 0, bus: 1, slot: 1, function: 0 } }],
    };
  });
}

export function agentNetwork(guest: Guest) {
  const windows = guest.os.family === 'windows';
  const stats = {
    'rx-bytes': guest.counters.netin,
    'tx-bytes': guest.counters.netout,
    'rx-packets': Math.round(guest.counters.netin / 900),
    'tx-packets': Math.round(guest.counters.netout / 700),
    'rx-errs': 0,
    'tx-errs': 0,
    'rx-dropped': 0,
    'tx-dropped': 0,
  };
  const addresses = [
    { 'ip-address-type': 'ipv4', 'ip-address': guest.ipv4, prefix: 24 },
    ...(guest.ipv6 ? [{ 'ip-address-type': 'ipv6', 'ip-address': guest.ipv6, prefix: 64 }] : []),
    {
      'ip-address-type': 'ipv6',
      'ip-address': `fe80::be24:11ff:fe00:${(guest.vmid % 0xffff).toString(16)}`,
      prefix: 64,
    },
  ];

  return [
    {
      name: windows ? 'Loopback Pseudo-Interface 1' : 'lo',
      'hardware-address': '00:00:00:00:00:00',
      'ip-addresses': [
        { 'ip-address-type': 'ipv4', 'ip-address': '127.0.0.1', prefix: 8 },
        { 'ip-address-type': 'ipv6', 'ip-address': '::1', prefix: 128 },
      ],
      statistics: { ...stats, 'rx-bytes': 0, 'tx-bytes': 0 },
    },
    {
      name: windows ? 'Ethernet' : 'ens18',
      'hardware-address': guest.mac.toLowerCase(),
      'ip-addresses': addresses,
      statistics: stats,
    },
  ];
}

export function agentOsinfo(guest: Guest) {
  const os = guest.os;

  return {
    id: os.id,
    name: os.name,
    'pretty-name': os.prettyName,
    ...(os.version ? { version: os.version } : {}),
    'version-id': os.versionId,
    'kernel-release': os.kernel,
    'kernel-version': os.family === 'windows' ? '10.0' : '#1 SMP PREEMPT_DYNAMIC',
    machine: 'x86_64',
    ...(os.family === 'windows' ? { variant: 'server', 'variant-id': 'server' } : {}),
  };
}

export function agentInfo(guest: Guest) {
  const version = guest.os.family === 'windows' ? '108.0.2' : '8.1.3';
  const commands = ['guest-ping', 'guest-info', 'guest-get-fsinfo', 'guest-get-osinfo'];

  return {
    version,
    supported_commands: commands.map((name) => ({ name, enabled: true, 'success-response': true })),
  };
}
