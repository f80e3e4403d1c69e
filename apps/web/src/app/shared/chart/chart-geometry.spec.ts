import { chartCeiling, ChartFrame, niceBinaryCeiling, polylinePoints } from './chart-geometry';

describe('chart geometry', () => {
  const frame: ChartFrame = { fromMs: 1_000, toMs: 2_000, yMax: 100, width: 600, height: 100 };

  it('rounds a rate axis up to a step of its binary unit', () => {
    expect(niceBinaryCeiling(700)).toBe(1_024);
    expect(niceBinaryCeiling(1_024)).toBe(1_024);
    expect(niceBinaryCeiling(1_500)).toBe(2_048);
    expect(niceBinaryCeiling(800 * 1_024)).toBe(1_024 ** 2);
    expect(niceBinaryCeiling(1.4 * 1_024 ** 2)).toBe(2 * 1_024 ** 2);
    expect(niceBinaryCeiling(0)).toBe(1);
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
    expect(chartCeiling('rate', lines)).toBe(5_120);
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

  it('draws a lone point as a segment of no length', () => {
    expect(polylinePoints([{ timestamp: 1_500, value: 20 }], frame)).toBe('300,80 300,80');
  });

  it('clamps points outside the frame to its edges', () => {
    const points = [
      { timestamp: 500, value: -5 },
      { timestamp: 2_500, value: 250 },
    ];

    expect(polylinePoints(points, frame)).toBe('0,100 600,0');
  });
});
