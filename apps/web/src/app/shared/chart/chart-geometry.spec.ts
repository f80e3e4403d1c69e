import { chartCeiling, ChartFrame, niceCeiling, polylinePoints } from './chart-geometry';

describe('chart geometry', () => {
  const frame: ChartFrame = { fromMs: 1_000, toMs: 2_000, yMax: 100, width: 600, height: 100 };

  it('rounds an axis up to 1, 2 or 5 times a power of ten', () => {
    expect(niceCeiling(0.7)).toBe(1);
    expect(niceCeiling(1)).toBe(1);
    expect(niceCeiling(1.2)).toBe(2);
    expect(niceCeiling(3_100)).toBe(5_000);
    expect(niceCeiling(7_800_000)).toBe(10_000_000);
    expect(niceCeiling(0)).toBe(1);
    expect(niceCeiling(Number.NaN)).toBe(1);
  });

  it('spans percent charts to 100 and rate charts to a round number above the peak', () => {
    const lines = [
      [{ timestamp: 1, value: 40 }],
      [
        { timestamp: 1, value: 130 },
        { timestamp: 2, value: 2_600 },
      ],
    ];

    expect(chartCeiling('percent', lines)).toBe(100);
    expect(chartCeiling('rate', lines)).toBe(5_000);
    expect(chartCeiling('rate', [[]])).toBe(1);
  });

  it('maps time left to right and values bottom to top', () => {
    const points = [
      { timestamp: 1_000, value: 0 },
      { timestamp: 1_500, value: 50 },
      { timestamp: 2_000, value: 100 },
    ];

    expect(polylinePoints(points, frame)).toBe('0,100 300,50 600,0');
  });

  it('clamps points outside the frame to its edges', () => {
    const points = [
      { timestamp: 500, value: -5 },
      { timestamp: 2_500, value: 250 },
    ];

    expect(polylinePoints(points, frame)).toBe('0,100 600,0');
  });
});
