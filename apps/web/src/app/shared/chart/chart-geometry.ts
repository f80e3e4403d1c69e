import { ChartPoint } from '@pulse/contracts';

/** The time span and value ceiling a chart maps onto its drawing area. */
export interface ChartFrame {
  fromMs: number;
  toMs: number;
  yMax: number;
  width: number;
  height: number;
}

/**
 * The smallest of 1, 2 and 5 times a power of ten at or above `value`, so an axis ends on a
 * round number; 1 for nothing to show.
 */
export function niceCeiling(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) {
    return 1;
  }
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((factor) => factor * power >= value * (1 - 1e-9)) ?? 10;

  return step * power;
}

/** Percent charts always span 0 to 100; rates span 0 to a round number above their peak. */
export function chartCeiling(unit: 'percent' | 'rate', lines: readonly ChartPoint[][]): number {
  if (unit === 'percent') {
    return 100;
  }
  let peak = 0;
  for (const points of lines) {
    for (const { value } of points) {
      peak = Math.max(peak, value);
    }
  }

  return niceCeiling(peak);
}

/**
 * SVG polyline points for a series: time runs left to right over the frame, values bottom to
 * top; points outside the frame are clamped to its edges so a late or early sample stays
 * visible.
 */
export function polylinePoints(points: readonly ChartPoint[], frame: ChartFrame): string {
  const span = Math.max(1, frame.toMs - frame.fromMs);
  const yMax = frame.yMax > 0 ? frame.yMax : 1;

  return points
    .map(({ timestamp, value }) => {
      const x = clamp((timestamp - frame.fromMs) / span, 0, 1) * frame.width;
      const y = frame.height - clamp(value / yMax, 0, 1) * frame.height;

      return `${round(x)},${round(y)}`;
    })
    .join(' ');
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
