import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal, Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { StateSnapshot } from '@pulse/contracts';
import { of } from 'rxjs';
import { LiveStateService } from '../core/live-state/live-state.service';

export interface HistoryPageTest<T> {
  fixture: ComponentFixture<T>;
  http: HttpTestingController;
  root: () => HTMLElement;
  /** Lets the effects emit the route and range, then the first refresh tick ask for charts. */
  settle: () => Promise<void>;
}

/**
 * A history page for the route `:id` = `id` with route data `data`, over a fixed live state and
 * a fake HTTP backend.
 */
export async function setUpHistoryPage<T>(
  page: Type<T>,
  route: { id: string; data: Record<string, unknown> },
  state: StateSnapshot,
): Promise<HistoryPageTest<T>> {
  TestBed.configureTestingModule({
    imports: [page],
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: LiveStateService, useValue: { state: signal(state) } },
      {
        provide: ActivatedRoute,
        useValue: {
          paramMap: of(convertToParamMap({ id: route.id })),
          snapshot: { data: route.data },
        },
      },
    ],
  });
  const fixture = TestBed.createComponent(page);
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
  };
  await settle();

  return {
    fixture,
    http: TestBed.inject(HttpTestingController),
    root: () => fixture.nativeElement as HTMLElement,
    settle,
  };
}
