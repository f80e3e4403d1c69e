import { nodeResult, pbsServer, stateNode } from '../testing/poll-fixtures';
import { LastGoodView } from './last-good-view';

const GRACE = 5000;

describe('LastGoodView', () => {
  it('shows the last nodes offline with connection health false', () => {
    const view = new LastGoodView('lab');
    view.accept(nodeResult({ cpu: 0.4, uptime: 99 }), 0, GRACE);

    const { collections, connectionHealth } = view.offline();

    expect(connectionHealth).toEqual({ lab: false });
    expect(collections.nodes).toEqual([
      stateNode({ status: 'offline', connectionHealth: 'error', cpu: 0, uptime: 0 }),
    ]);
    expect(Object.keys(collections)).toEqual(['nodes']);
  });

  it('marks PBS servers offline and keeps the other collections untouched', () => {
    const view = new LastGoodView('pbs-backup');
    view.accept(
      { collections: { pbs: [pbsServer()], pbsBackups: [] }, connectionHealth: {}, warnings: [] },
      0,
      GRACE,
    );

    const { collections, connectionHealth } = view.offline();

    expect(collections).toEqual({
      pbs: [pbsServer({ status: 'offline', connectionHealth: 'error' })],
    });
    expect(connectionHealth).toEqual({ 'pbs-backup': false });
  });

  it('keeps a node online for the grace period when one cycle reports it offline', () => {
    const view = new LastGoodView('lab');
    view.accept(nodeResult({ cpu: 0.3 }), 0, GRACE);

    const during = view.accept(nodeResult({ status: 'offline', cpu: 0 }), 4000, GRACE);
    expect(during.nodes?.[0]).toMatchObject({ status: 'online', cpu: 0.3 });

    const after = view.accept(nodeResult({ status: 'offline', cpu: 0 }), 5000, GRACE);
    expect(after.nodes?.[0]).toMatchObject({ status: 'offline', cpu: 0 });
  });

  it('needs two cycles that miss a node, even when they are further apart than the grace', () => {
    const view = new LastGoodView('lab');
    view.accept(nodeResult({ cpu: 0.3 }), 0, GRACE);

    const first = view.accept(nodeResult({ status: 'offline', cpu: 0 }), 60_000, GRACE);
    expect(first.nodes?.[0]).toMatchObject({ status: 'online', cpu: 0.3 });

    const second = view.accept(nodeResult({ status: 'offline', cpu: 0 }), 120_000, GRACE);
    expect(second.nodes?.[0]).toMatchObject({ status: 'offline' });
  });

  it('shows a node offline at once when it was never seen online', () => {
    const view = new LastGoodView('lab');

    const first = view.accept(nodeResult({ status: 'offline' }), 0, GRACE);
    expect(first.nodes?.[0]).toMatchObject({ status: 'offline' });
  });

  it('lets a node that comes back start a new grace period', () => {
    const view = new LastGoodView('lab');
    view.accept(nodeResult(), 0, GRACE);
    view.accept(nodeResult({ status: 'offline' }), 6000, GRACE);
    view.accept(nodeResult({ cpu: 0.9 }), 7000, GRACE);

    const next = view.accept(nodeResult({ status: 'offline' }), 8000, GRACE);

    expect(next.nodes?.[0]).toMatchObject({ status: 'online', cpu: 0.9 });
  });
});
