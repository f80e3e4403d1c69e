import { ChartsResponse } from '@pulse/contracts';
import { HistoryPageTest, setUpHistoryPage } from '../../testing/history-page-testing';
import { emptyState, nodeFixture } from '../../testing/state-fixtures';
import { ResourcePage } from './resource.page';

const ID = 'lab-pve1';
const NOW = 1_767_225_600_000;

function answer(): ChartsResponse {
  const points = [10, 20].map((value, i) => ({ timestamp: NOW - (1 - i) * 60_000, value }));

  return {
    data: {},
    nodeData: { [ID]: { cpu: points, memory: points, disk: [] } },
    storageData: {},
    timestamp: NOW,
    stats: { oldestDataTimestamp: NOW - 60_000 },
  };
}

describe('ResourcePage of a node', () => {
  let page: HistoryPageTest<ResourcePage>;

  const root = () => page.root();

  beforeEach(async () => {
    const state = emptyState({ nodes: [nodeFixture({ id: ID, name: 'pve1', instance: 'lab' })] });
    page = await setUpHistoryPage(ResourcePage, { id: ID, data: { kind: 'node' } }, state);
  });

  afterEach(() => page.http.verify());

  it('names the node and charts its CPU, memory and root disk', async () => {
    const request = page.http.expectOne((r) => r.url === '/api/charts');
    expect(request.request.params.get('id')).toBe(ID);
    expect(request.request.params.get('range')).toBe('1h');
    request.flush(answer());
    await page.fixture.whenStable();

    expect(root().querySelector('h1')?.textContent).toContain('pve1');
    expect(root().textContent).toContain('Node of lab');
    const headings = Array.from(root().querySelectorAll('app-line-chart .heading')).map(
      (heading) => heading.textContent,
    );
    expect(headings).toEqual(['CPU', 'Memory', 'Root disk']);
    expect(root().querySelectorAll('polyline')).toHaveLength(2);
  });
});
