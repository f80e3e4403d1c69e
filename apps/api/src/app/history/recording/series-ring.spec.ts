import { SeriesRing } from './series-ring';

function points(ring: SeriesRing, from = 0, to = 2 ** 32) {
  const seen: [number, number, number][] = [];
  ring.forEachInRange(from, to, (time, slot) => {
    seen.push([time, ring.valueAt(slot, 0), ring.valueAt(slot, 1)]);
  });

  return seen;
}

describe('SeriesRing', () => {
  it('keeps points in time order with one value per metric', () => {
    const ring = new SeriesRing(4, 2);
    ring.push(10, [1, 2]);
    ring.push(20, [3, 4]);

    expect(points(ring)).toEqual([
      [10, 1, 2],
      [20, 3, 4],
    ]);
    expect(ring.length).toBe(2);
    expect(ring.full).toBe(false);
    expect(ring.oldestTime()).toBe(10);
    expect(ring.newestTime()).toBe(20);
  });

  it('overwrites the oldest point once full', () => {
    const ring = new SeriesRing(3, 2);
    for (let t = 1; t <= 5; t++) {
      ring.push(t, [t, -t]);
    }

    expect(ring.full).toBe(true);
    expect(points(ring).map(([time]) => time)).toEqual([3, 4, 5]);
    expect(ring.oldestTime()).toBe(3);
    expect(points(ring)[2]).toEqual([5, 5, -5]);
  });

  it('replaces a point of the same second and drops an older one', () => {
    const ring = new SeriesRing(3, 2);
    ring.push(10, [1, 1]);
    ring.push(10, [2, 2]);

    expect(ring.push(9, [9, 9])).toBe(false);
    expect(points(ring)).toEqual([[10, 2, 2]]);
  });

  it('answers a time range after wrapping around', () => {
    const ring = new SeriesRing(4, 2);
    for (let t = 1; t <= 10; t++) {
      ring.push(t * 10, [t, 0]);
    }

    expect(points(ring, 75, 95).map(([time]) => time)).toEqual([80, 90]);
    expect(points(ring, 70, 71).map(([time]) => time)).toEqual([70]);
    expect(points(ring, 101, 200)).toEqual([]);
    expect(points(ring, 0, 70)).toEqual([]);
  });

  it('stores values as float32 and keeps NaN for a missing reading', () => {
    const ring = new SeriesRing(2, 2);
    ring.push(1, [0.1, NaN]);

    const [[, first, second]] = points(ring);
    expect(first).toBeCloseTo(0.1, 6);
    expect(second).toBeNaN();
  });

  it('allocates as points arrive, up to its capacity, keeping every point in order', () => {
    const ring = new SeriesRing(40, 2);
    expect(ring.allocated).toBe(16);
    for (let t = 1; t <= 17; t++) {
      ring.push(t, [t, -t]);
    }

    expect(ring.allocated).toBe(32);
    expect(points(ring).map(([time]) => time)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(points(ring)[16]).toEqual([17, 17, -17]);

    for (let t = 18; t <= 100; t++) {
      ring.push(t, [t, -t]);
    }
    expect(ring.allocated).toBe(40);
    expect(ring.full).toBe(true);
    expect(points(ring).map(([time]) => time)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 61),
    );
    expect(points(ring, 90, 92)).toEqual([
      [90, 90, -90],
      [91, 91, -91],
    ]);
  });
});
