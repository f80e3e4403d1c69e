import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { HealthResponse, VersionResponse } from '@pulse/contracts';
import { Observable, timeout } from 'rxjs';

/** A check that hangs longer than this counts as a failed one. */
export const SYSTEM_REQUEST_TIMEOUT_MS = 10_000;

@Injectable({ providedIn: 'root' })
export class SystemApiService {
  private readonly http = inject(HttpClient);

  getHealth(): Observable<HealthResponse> {
    return this.http.get<HealthResponse>('/api/health').pipe(timeout(SYSTEM_REQUEST_TIMEOUT_MS));
  }

  getVersion(): Observable<VersionResponse> {
    return this.http.get<VersionResponse>('/api/version').pipe(timeout(SYSTEM_REQUEST_TIMEOUT_MS));
  }
}
