import {
  bool,
  DecodeError,
  decodeList,
  decodeObject,
  from,
  listOf,
  num,
  recordOf,
  Shape,
  splitList,
  str,
  stringMap,
  text,
} from './shape';

interface Sample {
  name: string;
  size?: number;
  active?: boolean;
  busType?: string;
  tags: string[];
}

const sampleShape: Shape<Sample> = {
  name: text,
  size: num,
  active: bool,
  busType: from(['bus-type', 'bus'], str),
  tags: splitList,
};

describe('decodeObject', () => {
  it('coerces Perl-style values and renames wire keys', () => {
    const decoded = decodeObject(
      { name: 'disk', size: '1024', active: 1, bus: 'scsi', tags: 'a;b, c', extra: 'x' },
      sampleShape,
    );

    expect(decoded).toEqual({
      name: 'disk',
      size: 1024,
      active: true,
      busType: 'scsi',
      tags: ['a', 'b', 'c'],
    });
  });

  it('takes the first present alias and leaves absent optional fields out', () => {
    const decoded = decodeObject({ 'bus-type': 'ide', bus: 'scsi', size: null }, sampleShape);

    expect(decoded.busType).toBe('ide');
    expect('size' in decoded).toBe(false);
    expect(decoded.name).toBe('');
  });

  it('keeps numeric-looking text of a string field exactly as sent', () => {
    const decoded = decodeObject({ bus: '2400.000', name: 42 }, sampleShape);

    expect(decoded).toMatchObject({ busType: '2400.000', name: '42' });
  });

  it('throws a DecodeError for non-objects', () => {
    expect(() => decodeObject([1], sampleShape)).toThrow(DecodeError);
    expect(() => decodeObject(null, sampleShape)).toThrow('expected an object, got null');
  });
});

describe('decodeList', () => {
  it('skips entries that are not objects', () => {
    expect(decodeList([{ name: 'a' }, 3, null, { name: 'b' }], sampleShape)).toHaveLength(2);
  });

  it('throws when the payload is not a list', () => {
    expect(() => decodeList({ name: 'a' }, sampleShape)).toThrow('expected a list, got object');
  });

  it('treats a missing nested list as empty', () => {
    expect(listOf(sampleShape)(undefined)).toEqual([]);
  });
});

describe('maps', () => {
  it('stringMap keeps scalar values as text', () => {
    expect(stringMap({ memory: 2048, net0: 'name=eth0', onboot: 1, bad: { x: 1 } })).toEqual({
      memory: '2048',
      net0: 'name=eth0',
      onboot: '1',
    });
  });

  it('recordOf decodes every value', () => {
    expect(recordOf(num)({ a: '1', b: 'x' })).toEqual({ a: 1, b: undefined });
  });
});
