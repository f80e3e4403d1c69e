import type { ChartsResponse } from '@pulse/contracts';

/** The keys of `/api/charts` that map resource ids to series, written in batches. */
const SECTIONS: ReadonlySet<string> = new Set(['data', 'nodeData', 'storageData']);
/** Resources per piece: some 250 KB of JSON at the 12-point minimum of a large estate. */
const RESOURCES_PER_PIECE = 200;

/**
 * `JSON.stringify(response)` in pieces of a few hundred resources each, the same text once
 * joined: an answer for 10,000 guests is never one 30 MB string.
 */
export function* chartsJsonPieces(response: ChartsResponse): Generator<string> {
  let separator = '{';
  for (const [key, value] of Object.entries(response)) {
    const prefix = `${separator}${JSON.stringify(key)}:`;
    separator = ',';
    if (SECTIONS.has(key)) {
      yield* sectionPieces(prefix, value as Record<string, unknown>);
    } else {
      yield prefix + JSON.stringify(value);
    }
  }
  yield '}';
}

function* sectionPieces(prefix: string, section: Record<string, unknown>): Generator<string> {
  let piece = `${prefix}{`;
  let count = 0;
  for (const [id, series] of Object.entries(section)) {
    piece += `${count ? ',' : ''}${JSON.stringify(id)}:${JSON.stringify(series)}`;
    count++;
    if (count % RESOURCES_PER_PIECE === 0) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}}`;
}
