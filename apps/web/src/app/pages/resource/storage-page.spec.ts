import { ChartsResponse } from '@pulse/contracts';
import { HistoryPageTest, setUpHistoryPage } from '../../testing/history-page-testing';
import { emptyState, storageFixture } from '../../testing/state-fixtures';
import { ResourcePage } from './resource.page';

const NOW = 1_767_225_600_000;

describe('ResourcePage of a storage', () => {
  let page: HistoryPageTest<ResourcePage>;
  let id: string;

  beforeEach(async () => {
    const storage = storageFixture('local-lvm', { type: 'lvmthin' });
    id = storage.id;
    const route = { id, data: { kind: 'storage' } };
    page = await setUpHistoryPage(ResourcePage, route, emptyState({ storage: [storage] }));
  });

  afterEach(() => page.http.verify());

  it('names the storage and charts its usage', async () => {
    const request = page.http.expectOne((r) => r.url === '/api/charts');
    expect(request.request.params.get('id')).toBe(id);
    const points = [{ timestamp: NOW, value: 61.5 }];
    const answer: ChartsResponse = {
      data: {},
      nodeData: {},
      storageData: { [id]: { disk: points } },
      timestamp: NOW,
      stats: { oldestDataTimestamp: NOW },
    };
    request.flush(answer);
    await page.fixture.whenStable();

    const root = page.root();
    expect(root.querySelector('h1')?.textContent).toContain('local-lvm');
    expect(root.textContent).toContain('lvmthin storage');
    expect(root.querySelectorAll('app-line-chart')).toHaveLength(1);
    expect(root.querySelector('svg')?.getAttribute('aria-label')).toContain('Used latest 62%');
  });
});
