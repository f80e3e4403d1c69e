import { toBool, toInt, toNumber, toStr } from './values';

describe('toNumber', () => {
  it.each([
    [42, 42],
    [0.25, 0.25],
    ['42', 42],
    [' 8589934592.0 ', 8589934592],
    ['1.5e3', 1500],
    ['2E-2', 0.02],
    ['"81"', 81],
    ['81%', 81],
    ['0x1F', 31],
    ['-3', -3],
    ['.5', 0.5],
    [true, 1],
    [false, 0],
  ])('reads %j as %j', (input, expected) => {
    expect(toNumber(input)).toBe(expected);
  });

  it.each([[null], [undefined], ['N/A'], [''], ['  '], [NaN], [Infinity], [{}], [[]], ['12abc']])(
    'gives undefined for %j',
    (input) => {
      expect(toNumber(input)).toBeUndefined();
    },
  );
});

describe('toInt', () => {
  it('truncates floats and numeric text', () => {
    expect(toInt('100.9')).toBe(100);
    expect(toInt(7.2)).toBe(7);
    expect(toInt(null)).toBeUndefined();
  });
});

describe('toBool', () => {
  it.each([
    [1, true],
    [0, false],
    ['1', true],
    ['0', false],
    [true, true],
    [false, false],
    ['yes', true],
    ['off', false],
    [' "1" ', true],
  ])('reads %j as %j', (input, expected) => {
    expect(toBool(input)).toBe(expected);
  });

  it('gives undefined for null and unknown words', () => {
    expect(toBool(null)).toBeUndefined();
    expect(toBool('maybe')).toBeUndefined();
  });
});

describe('toStr', () => {
  it('keeps text and renders numbers and booleans', () => {
    expect(toStr('pve1')).toBe('pve1');
    expect(toStr(100)).toBe('100');
    expect(toStr(true)).toBe('1');
    expect(toStr(null)).toBeUndefined();
    expect(toStr({})).toBeUndefined();
  });
});
