import { inject, Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { ChartRange, ChartsResponse } from '@pulse/contracts';
import { combineLatest, map, switchMap } from 'rxjs';
import { ChartsApiService } from '../../core/api/charts-api.service';
import { ResourceHistory } from './chart-panels';
import { HistoryView, refreshedHistory } from './refreshed-history';

export type ToHistory = (
  response: ChartsResponse,
  id: string,
  range: ChartRange,
) => ResourceHistory;

/**
 * The charts of the resource `id` over `range`, loaded again when either changes and every
 * refresh period meanwhile. Call it where `inject` works (a field initializer).
 */
export function injectChartHistory(
  id: Signal<string>,
  range: Signal<ChartRange>,
  toHistory: ToHistory,
): Signal<HistoryView<ResourceHistory>> {
  const charts = inject(ChartsApiService);
  const views = combineLatest([toObservable(id), toObservable(range)]).pipe(
    switchMap(([resource, picked]) =>
      refreshedHistory(() =>
        charts
          .getCharts(picked, [resource])
          .pipe(map((response) => toHistory(response, resource, picked))),
      ),
    ),
  );

  return toSignal(views, { initialValue: { status: 'loading' } });
}

/** The `:id` of the current route, as a signal. */
export function injectRouteId(): Signal<string> {
  const params = inject(ActivatedRoute).paramMap;

  return toSignal(params.pipe(map((param) => param.get('id') ?? '')), { initialValue: '' });
}
