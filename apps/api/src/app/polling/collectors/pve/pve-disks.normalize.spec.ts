import { decodeList } from '../../../upstream/decode/shape';
import { diskShape } from '../../../upstream/pve/pve-disks.decoders';
import { smartHealth, toPhysicalDisk, wearoutOf } from './pve-disks.normalize';

const disk = (raw: Record<string, unknown>) =>
  decodeList([{ devpath: '/dev/sda', ...raw }], diskShape)[0];

describe('PVE physical disk normalizers', () => {
  it.each([
    [98, 98],
    ['81', 81],
    ['81%', 81],
    ['"81"', 81],
    ['N/A', -1],
    [null, -1],
    [undefined, -1],
    [140, 100],
  ])('reads wearout %p as %p', (wearout, expected) => {
    expect(wearoutOf(disk({ wearout }))).toBe(expected);
  });

  it('takes wear from SMART when the list has none (NVMe "Percentage Used")', () => {
    const smart = { text: 'Percentage Used: 7%\nTemperature: 41 Celsius', attributes: [] };

    expect(wearoutOf(disk({ wearout: 'N/A' }), smart)).toBe(93);
  });

  it.each([
    ['PASSED', 'PASSED'],
    ['OK', 'PASSED'],
    ['', 'UNKNOWN'],
    [undefined, 'UNKNOWN'],
    ['FAILED!', 'FAILED'],
  ])('normalizes health %p to %p', (health, expected) => {
    expect(smartHealth(health)).toBe(expected);
  });

  it('shapes a disk: id from the device path, rpm "SSD" as 0, temperature from SMART', () => {
    const item = toPhysicalDisk({
      instance: 'lab',
      node: 'pve1',
      disk: disk({
        devpath: '/dev/nvme0n1',
        type: 'nvme',
        size: '1000204886016',
        rpm: 'SSD',
        health: 'OK',
      }),
      smart: { attributes: [{ name: 'Temperature_Celsius', raw: '38 (Min/Max 20/51)' }] },
      now: Date.UTC(2025, 0, 1),
    });

    expect(item).toEqual({
      id: 'lab-pve1-dev-nvme0n1',
      node: 'pve1',
      instance: 'lab',
      devPath: '/dev/nvme0n1',
      model: '',
      serial: '',
      type: 'nvme',
      size: 1000204886016,
      health: 'PASSED',
      wearout: -1,
      temperature: 38,
      rpm: 0,
      used: '',
      lastChecked: '2025-01-01T00:00:00Z',
    });
  });
});
