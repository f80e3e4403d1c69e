import { ChartsResponse } from '@pulse/contracts';
import { HistoryPageTest, setUpHistoryPage } from '../../testing/history-page-testing';
import { emptyState, vmFixture } from '../../testing/state-fixtures';
import { ResourcePage } from './resource.page';

const ID = 'lab-pve1-101';
const NOW = 1_767_225_600_000;

function answer(cpu: number[]): ChartsResponse {
  const points = cpu.map((value, i) => ({ timestamp: NOW - (cpu.length - 1 - i) * 60_000, value }));

  return {
    data: {
      [ID]: {
        cpu: points,
        memory: points,
        disk: [],
        diskread: [],
        diskwrite: [],
        netin: points.map(({ timestamp }) => ({ timestamp, value: 2_048 })),
        netout: [],
      },
    },
    nodeData: {},
    storageData: {},
    timestamp: NOW,
    stats: { oldestDataTimestamp: NOW - 3_600_000 },
  };
}

describe('ResourcePage of a guest', () => {
  let page: HistoryPageTest<ResourcePage>;

  const root = () => page.root();
  const chart = (heading: string) =>
    Array.from(root().querySelectorAll('app-line-chart')).find((element) =>
      element.querySelector('.heading')?.textContent?.includes(heading),
    ) as HTMLElement;
  const lineCounts = (heading: string) =>
    Array.from(chart(heading).querySelectorAll('polyline')).map((line) =>
      Number(line.getAttribute('data-points')),
    );
  const chartsRequest = (range: string) =>
    page.http.expectOne(
      (request) =>
        request.url === '/api/charts' &&
        request.params.get('range') === range &&
        request.params.get('id') === ID,
    );

  beforeEach(async () => {
    const state = emptyState({ vms: [vmFixture(101, 'web-01', { id: ID })] });
    page = await setUpHistoryPage(ResourcePage, { id: ID, data: { kind: 'guest' } }, state);
  });

  afterEach(() => page.http.verify());

  it('names the guest from the live state and charts its last hour', async () => {
    expect(root().querySelector('h1')?.textContent).toContain('web-01');
    expect(root().textContent).toContain('VM 101 on pve1 (lab)');
    expect(root().textContent).toContain('Loading the history');

    chartsRequest('1h').flush(answer([10, 20, 30]));
    await page.fixture.whenStable();

    expect(lineCounts('CPU')).toEqual([3]);
    expect(lineCounts('Network')).toEqual([3]);
    expect(chart('Disk I/O').textContent).toContain('No history in this range yet');
    expect(chart('CPU').querySelector('svg')?.getAttribute('aria-label')).toContain(
      'CPU latest 30%',
    );
    expect(chart('Network').textContent).toContain('2.00 KiB/s');
  });

  it('asks for the range that is picked', async () => {
    chartsRequest('1h').flush(answer([10]));
    await page.fixture.whenStable();

    const buttons = Array.from(root().querySelectorAll<HTMLButtonElement>('[role="group"] button'));
    buttons.find((button) => button.textContent?.trim() === '7d')?.click();
    await page.settle();
    chartsRequest('7d').flush(answer([5, 6, 7, 8]));
    await page.fixture.whenStable();

    expect(root().querySelector('[aria-label="History"]')?.getAttribute('data-range')).toBe('7d');
    expect(lineCounts('CPU')).toEqual([4]);
    expect(root().querySelector('button[aria-pressed="true"]')?.textContent?.trim()).toBe('7d');
  });

  it('says when the history cannot be loaded', async () => {
    chartsRequest('1h').flush('down', { status: 502, statusText: 'Bad Gateway' });
    await page.fixture.whenStable();

    expect(root().querySelector('[role="alert"]')?.textContent).toContain(
      'The history could not be loaded',
    );
  });
});
