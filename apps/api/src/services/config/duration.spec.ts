import { formatDuration, parseDurationMs } from './duration';

describe('parseDurationMs', () => {
  it.each([
    ['30', 30_000],
    ['0', 0],
    ['1.5', 1500],
    ['10s', 10_000],
    ['5m', 300_000],
    ['1h30m', 5_400_000],
    ['500ms', 500],
    ['1.5h', 5_400_000],
    ['2m45s', 165_000],
    [' 45s ', 45_000],
  ])('reads %j as %d ms', (text, expected) => {
    expect(parseDurationMs(text)).toBe(expected);
  });

  it.each(['', 'abc', '10x', '-5s', '5 m', 's', '10s garbage'])('rejects %j', (text) => {
    expect(parseDurationMs(text)).toBeNaN();
  });
});

describe('formatDuration', () => {
  it.each([
    [300_000, '5m'],
    [3_600_000, '1h'],
    [45_000, '45s'],
    [1500, '1500ms'],
    [0, '0s'],
  ])('formats %d ms as %s', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});
