import type { ChartsResponse } from '@pulse/contracts';

import { chartsJsonPieces } from './charts-json';

function answer(guests: number): ChartsResponse {
  const points = [
    { timestamp: 1_000, value: 1.5 },
    { timestamp: 2_000, value: 2 },
  ];
  const data: ChartsResponse['data'] = {};
  for (let i = 0; i < guests; i++) {
    data[`lab-pve1-${100 + i}`] = {
      cpu: points,
      memory: points,
      disk: [],
      diskread: points,
      diskwrite: [],
      netin: points,
      netout: [],
    };
  }

  return {
    data,
    nodeData: { 'lab-pve1': { cpu: points, memory: [], disk: points } },
    storageData: {},
    timestamp: 3_000,
    stats: { oldestDataTimestamp: 1_000 },
  };
}

describe('chartsJsonPieces', () => {
  it.each([0, 1, 199, 200, 201, 450])('joins to JSON.stringify of %i guests', (guests) => {
    const response = answer(guests);

    expect([...chartsJsonPieces(response)].join('')).toBe(JSON.stringify(response));
  });

  it('cuts a large answer into pieces of a few hundred resources', () => {
    const pieces = [...chartsJsonPieces(answer(1_000))];
    const longest = Math.max(...pieces.map((piece) => piece.length));

    expect(pieces.length).toBeGreaterThanOrEqual(5);
    expect(longest).toBeLessThan(JSON.stringify(answer(250)).length);
  });
});
