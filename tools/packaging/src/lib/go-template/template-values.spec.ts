import { formatNumber, isTruthy, printValue, resolveField } from './template-values';

describe('template values', () => {
  it.each([
    [false, false],
    [0, false],
    ['', false],
    [null, false],
    [undefined, false],
    [[], false],
    [{}, false],
    [true, true],
    [1, true],
    ['0', true],
    [[0], true],
    [{ a: null }, true],
  ])('treats %p as %p', (value, expected) => {
    expect(isTruthy(value)).toBe(expected);
  });

  it('prints numbers as Go prints a float64', () => {
    expect([7655, 100000, 1000000, 1234567.5, 0.5, 0.00001, 0].map(formatNumber)).toEqual([
      '7655',
      '100000',
      '1e+06',
      '1.2345675e+06',
      '0.5',
      '1e-05',
      '0',
    ]);
  });

  it('prints scalars, prints nothing for missing values and refuses maps', () => {
    expect([printValue('a'), printValue(true), printValue(null), printValue(undefined)]).toEqual([
      'a',
      'true',
      '',
      '',
    ]);
    expect(() => printValue({ a: 1 })).toThrow(/pipe it through toYaml/);
  });

  it('resolves fields and fails on a field of nothing, as Helm does', () => {
    const data = { Values: { a: { b: 1 }, list: [1] } };

    expect(resolveField(data, ['Values', 'a', 'b'])).toBe(1);
    expect(resolveField(data, ['Values', 'missing'])).toBeUndefined();
    expect(resolveField(data, [])).toBe(data);
    expect(() => resolveField(data, ['Values', 'missing', 'x'])).toThrow(
      'nil pointer evaluating .Values.missing.x',
    );
    expect(() => resolveField(data, ['Values', 'list', 'x'])).toThrow(/field x in a list/);
    expect(resolveField({}, ['toString'])).toBeUndefined();
  });
});
