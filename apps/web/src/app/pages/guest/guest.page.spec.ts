import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { ChartsResponse, StateSnapshot } from '@pulse/contracts';
import { of } from 'rxjs';
import { LiveStateService } from '../../core/live-state/live-state.service';
import { emptyState, vmFixture } from '../../testing/state-fixtures';
import { GuestPage } from './guest.page';

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

describe('GuestPage', () => {
  let fixture: ComponentFixture<GuestPage>;
  let http: HttpTestingController;
  const state = signal<StateSnapshot | null>(null);

  const root = () => fixture.nativeElement as HTMLElement;
  const chart = (heading: string) =>
    Array.from(root().querySelectorAll('app-line-chart')).find((element) =>
      element.querySelector('.heading')?.textContent?.includes(heading),
    ) as HTMLElement;
  const lineCounts = (heading: string) =>
    Array.from(chart(heading).querySelectorAll('polyline')).map((line) =>
      Number(line.getAttribute('data-points')),
    );
  /** Lets the effects emit the route and range, then the first timer tick ask for charts. */
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
  };
  const chartsRequest = (range: string) =>
    http.expectOne(
      (request) =>
        request.url === '/api/charts' &&
        request.params.get('range') === range &&
        request.params.get('id') === ID,
    );

  beforeEach(async () => {
    state.set(emptyState({ vms: [vmFixture(101, 'web-01', { id: ID })] }));
    TestBed.configureTestingModule({
      imports: [GuestPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: LiveStateService, useValue: { state } },
        { provide: ActivatedRoute, useValue: { paramMap: of(convertToParamMap({ id: ID })) } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(GuestPage);
    await settle();
  });

  afterEach(() => http.verify());

  it('names the guest from the live state and charts its last hour', async () => {
    expect(root().querySelector('h1')?.textContent).toContain('web-01');
    expect(root().textContent).toContain('VM 101 on pve1 (lab)');
    expect(root().textContent).toContain('Loading the history');

    chartsRequest('1h').flush(answer([10, 20, 30]));
    await fixture.whenStable();

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
    await fixture.whenStable();

    const buttons = Array.from(root().querySelectorAll<HTMLButtonElement>('[role="group"] button'));
    buttons.find((button) => button.textContent?.trim() === '7d')?.click();
    await settle();
    chartsRequest('7d').flush(answer([5, 6, 7, 8]));
    await fixture.whenStable();

    expect(root().querySelector('[aria-label="History"]')?.getAttribute('data-range')).toBe('7d');
    expect(lineCounts('CPU')).toEqual([4]);
    expect(root().querySelector('button[aria-pressed="true"]')?.textContent?.trim()).toBe('7d');
  });

  it('says when the history cannot be loaded', async () => {
    chartsRequest('1h').flush('down', { status: 502, statusText: 'Bad Gateway' });
    await fixture.whenStable();

    expect(root().querySelector('[role="alert"]')?.textContent).toContain(
      'The history could not be loaded',
    );
  });
});
