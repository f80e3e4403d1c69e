import { ChartPoint } from '@pulse/contracts';

/** The time span and value ceiling a chart maps onto its drawing area. */
export interface ChartFrame {
  fromMs: number;
  toMs: number;
  yMax: number;
  width: number;
  height: number;
}

/** Steps of a rate axis within one binary unit: 800 KiB/s ends at 1 MiB/s, 1.4 MiB/s at 2. */
const BINARY_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1024];

/** The smallest step of a binary unit (B, KiB, MiB, ...) at or above `bytes`; 1 for nothing. */
export function niceBinaryCeiling(bytes: number): number {
  if (!(bytes > 0) || !Number.isFinite(bytes)) {
    return 1;
  }
  const unit = 1024 ** Math.max(0, Math.floor(Math.log(bytes) / Math.log(1024)));
  const step = BINARY_STEPS.find((factor) => factor * unit >= bytes * (1 - 1e-9)) ?? 1024;

  return step * unit;
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

  return niceBinaryCeiling(peak);
}

/**
 * SVG polyline points for a series: time runs left to right over the frame, values bottom to
 * top; points outside the frame are clamped to its edges so a late or early sample stays
 * visible.
 */
export function polylinePoints(points: readonly ChartPoint[], frame: ChartFrame): string {
  const span = Math.max(1, frame.toMs - frame.fromMs);
  const yMax = frame.yMax > 0 ? frame.yMax : 1;

  // A lone point is drawn as a zero-length segment, which the round line caps show as a dot.
  const drawn = points.length === 1 ? [points[0], points[0]] : points;

  return drawn
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
