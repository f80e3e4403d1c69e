import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { ChartRange, ChartsResponse } from '@pulse/contracts';
import { Observable, timeout } from 'rxjs';

/** A chart request that hangs longer than this counts as failed. */
export const CHARTS_REQUEST_TIMEOUT_MS = 20_000;

@Injectable({ providedIn: 'root' })
export class ChartsApiService {
  private readonly http = inject(HttpClient);

  /** The history of the resources `ids` (guest, node or storage ids) over `range`. */
  getCharts(range: ChartRange, ids: readonly string[]): Observable<ChartsResponse> {
    return this.http
      .get<ChartsResponse>('/api/charts', { params: { range, id: ids.join(',') } })
      .pipe(timeout(CHARTS_REQUEST_TIMEOUT_MS));
  }
}
