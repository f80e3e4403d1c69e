import {
  bytes,
  diskOf,
  durationHuman,
  fraction,
  isoFromSeconds,
  memoryOf,
  percent,
  ZERO_TIME,
} from './units';

describe('units', () => {
  it('gives percent 0..100 and 0 for an unknown total', () => {
    expect(percent(25, 100)).toBe(25);
    expect(percent(150, 100)).toBe(100);
    expect(percent(10, 0)).toBe(0);
    expect(percent(-5, 100)).toBe(0);
  });

  it('keeps CPU fractions inside 0..1', () => {
    expect(fraction(0.25)).toBe(0.25);
    expect(fraction(1.7)).toBe(1);
    expect(fraction(-0.1)).toBe(0);
    expect(fraction(undefined)).toBe(0);
  });

  it('makes whole, non-negative bytes', () => {
    expect(bytes(1024.6)).toBe(1025);
    expect(bytes(-1)).toBe(0);
    expect(bytes(undefined)).toBe(0);
  });

  it('caps used at total and derives free and usage', () => {
    expect(memoryOf(300, 200)).toEqual({ total: 200, used: 200, free: 0, usage: 100 });
    expect(diskOf(50, 200, { mountpoint: '/' })).toEqual({
      total: 200,
      used: 50,
      free: 150,
      usage: 25,
      mountpoint: '/',
    });
  });

  it('writes RFC 3339 at second precision and the zero time for unknown times', () => {
    expect(isoFromSeconds(1_735_696_800)).toBe('2025-01-01T02:00:00Z');
    expect(isoFromSeconds(undefined)).toBe(ZERO_TIME);
    expect(isoFromSeconds(0)).toBe(ZERO_TIME);
  });

  it('formats durations as HH:MM:SS beyond a day', () => {
    expect(durationHuman(3.4)).toBe('00:00:03');
    expect(durationHuman(90_061)).toBe('25:01:01');
    expect(durationHuman(-5)).toBe('00:00:00');
  });
});
