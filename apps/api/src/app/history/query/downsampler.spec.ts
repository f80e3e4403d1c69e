import { SeriesDownsampler, ValueSource } from './downsampler';

const rows: ValueSource = {
  valueAt: (index, metric) => (metric === 0 ? index : metric === 1 ? NaN : index / 3),
};

describe('SeriesDownsampler', () => {
  it('keeps points that each have a bucket of their own', () => {
    const series = new SeriesDownsampler(10, [100, 100, 1]);
    series.add(5, rows, 1);
    series.add(15, rows, 2);

    expect(series.finish()[0]).toEqual([
      { timestamp: 5, value: 1 },
      { timestamp: 15, value: 2 },
    ]);
  });

  it('averages the points of a bucket at the time of its last point', () => {
    const series = new SeriesDownsampler(100, [100, 100, 1]);
    [10, 20, 30].forEach((time, i) => series.add(time, rows, i + 1));
    series.add(150, rows, 10);

    expect(series.finish()[0]).toEqual([
      { timestamp: 30, value: 2 },
      { timestamp: 150, value: 10 },
    ]);
  });

  it('leaves missing readings out and rounds to the stored precision', () => {
    const series = new SeriesDownsampler(100, [100, 100, 1]);
    series.add(10, rows, 1);
    series.add(20, rows, 1);
    const [, missing, thirds] = series.finish();

    expect(missing).toEqual([]);
    expect(thirds).toEqual([{ timestamp: 20, value: 0 }]);
  });

  it('gives at most one point per bucket', () => {
    const series = new SeriesDownsampler(1000 / 50, [1, 1, 1]);
    for (let t = 1000; t < 2000; t++) {
      series.add(t, rows, t);
    }

    expect(series.finish()[0]).toHaveLength(50);
  });
});
