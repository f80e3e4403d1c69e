import { catchError, exhaustMap, Observable, of, scan, timer } from 'rxjs';

/** How often a page's charts are fetched again while it is open. */
export const CHARTS_REFRESH_MS = 30_000;

/** `stale`: the last refresh failed, so the charts shown are older than they should be. */
export type HistoryView<T> =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; history: T; stale: boolean };

/**
 * Loads now and again every refresh period. A failed refresh keeps what is already shown,
 * marked stale; the next period tries again.
 */
export function refreshedHistory<T>(
  load: () => Observable<T>,
  periodMs = CHARTS_REFRESH_MS,
): Observable<HistoryView<T>> {
  return timer(0, periodMs).pipe(
    exhaustMap(() => load().pipe(catchError(() => of(undefined)))),
    scan<T | undefined, HistoryView<T>>(nextView, { status: 'loading' }),
  );
}

function nextView<T>(view: HistoryView<T>, history: T | undefined): HistoryView<T> {
  if (history !== undefined) {
    return { status: 'ready', history, stale: false };
  }

  return view.status === 'ready' ? { ...view, stale: true } : { status: 'failed' };
}
