import { firstValueFrom, Observable, of, take, throwError, toArray } from 'rxjs';
import { refreshedHistory } from './refreshed-history';

describe('refreshedHistory', () => {
  /** A loader answering the given outcomes in turn: a value, or an Error to fail with. */
  function loader(outcomes: (number | Error)[]): () => Observable<number> {
    let call = 0;

    return () => {
      const outcome = outcomes[call++];

      return outcome instanceof Error ? throwError(() => outcome) : of(outcome);
    };
  }

  it('shows each load, keeps the last one marked stale when a refresh fails', async () => {
    const views = refreshedHistory(loader([1, new Error('down'), 3]), 5);

    expect(await firstValueFrom(views.pipe(take(3), toArray()))).toEqual([
      { status: 'ready', history: 1, stale: false },
      { status: 'ready', history: 1, stale: true },
      { status: 'ready', history: 3, stale: false },
    ]);
  });

  it('says the load failed when nothing was shown yet, and recovers', async () => {
    const views = refreshedHistory(loader([new Error('down'), 2]), 5);

    expect(await firstValueFrom(views.pipe(take(2), toArray()))).toEqual([
      { status: 'failed' },
      { status: 'ready', history: 2, stale: false },
    ]);
  });
});
