import { decodeList, decodeObject } from '../../../upstream/decode/shape';
import { zfsDetailShape } from '../../../upstream/pve/pve-disks.decoders';
import { storageConfigShape } from '../../../upstream/pve/pve-storage.decoders';
import { poolNameOf, toZfsPool } from './pve-zfs.normalize';

describe('ZFS normalizers', () => {
  it('finds the pool of local-zfs from its dataset (rpool/data → rpool)', () => {
    const [config] = decodeList(
      [{ storage: 'local-zfs', type: 'zfspool', pool: 'rpool/data' }],
      storageConfigShape,
    );

    expect(poolNameOf('local-zfs', config)).toBe('rpool');
    expect(poolNameOf('tank')).toBe('tank');
  });

  it('keeps only devices that need attention and sums the errors of the disks', () => {
    const detail = decodeObject(
      {
        name: 'rpool',
        state: 'DEGRADED',
        status: 'One or more devices are faulted.',
        scan: 'scrub repaired 0B',
        children: [
          {
            name: 'mirror-0',
            state: 'DEGRADED',
            read: 0,
            write: 0,
            cksum: 0,
            leaf: 0,
            children: [
              { name: 'nvme0n1p3', state: 'ONLINE', read: 0, write: 0, cksum: 0, leaf: 1 },
              {
                name: 'nvme1n1p3',
                state: 'FAULTED',
                read: '0',
                write: 3,
                cksum: 17,
                leaf: 1,
                msg: 'too many errors',
              },
            ],
          },
        ],
      },
      zfsDetailShape,
    );

    expect(toZfsPool(detail)).toEqual({
      name: 'rpool',
      state: 'DEGRADED',
      status: 'One or more devices are faulted.',
      scan: 'scrub repaired 0B',
      readErrors: 0,
      writeErrors: 3,
      checksumErrors: 17,
      devices: [
        {
          name: 'mirror-0',
          type: 'mirror',
          state: 'DEGRADED',
          readErrors: 0,
          writeErrors: 0,
          checksumErrors: 0,
        },
        {
          name: 'nvme1n1p3',
          type: 'disk',
          state: 'FAULTED',
          readErrors: 0,
          writeErrors: 3,
          checksumErrors: 17,
          message: 'too many errors',
        },
      ],
    });
  });
});
