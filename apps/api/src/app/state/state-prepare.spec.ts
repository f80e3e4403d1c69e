import type { VM } from '@pulse/contracts';
import zlib from 'node:zlib';

import { PulseConfig } from '../../services/config/pulse-config';
import * as serialization from './serialized-state';
import { PREPARE_DELAY_MS, PREPARE_WINDOW_MS, StateStore } from './state-store.service';

const config = { polling: { temperatureMonitoring: true } } as PulseConfig;

function vm(id: string, cpu: number): VM {
  return { id, vmid: Number(id.split('-').pop()), name: id, cpu } as VM;
}

describe('StateStore: the next version is made ahead for readers', () => {
  let store: StateStore;
  let serialize: jest.SpyInstance;
  let gzip: jest.SpyInstance;
  let at = 0;
  const change = () =>
    store.apply({ source: 'pve:a', at: ++at, collections: { vms: [vm('a-1', at)] } });

  beforeEach(() => {
    jest.useFakeTimers();
    store = new StateStore(config);
    serialize = jest.spyOn(serialization, 'serializeState');
    gzip = jest.spyOn(zlib, 'gzipSync');
  });

  afterEach(() => {
    store.onApplicationShutdown();
    jest.restoreAllMocks();
    jest.useRealTimers();
  });

  it('serializes right after a burst of changes once a reader asked, not on its request', () => {
    change();
    store.serialized();
    expect(serialize).toHaveBeenCalledTimes(1);

    change();
    change();
    change();
    expect(serialize).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(PREPARE_DELAY_MS);
    expect(serialize).toHaveBeenCalledTimes(2);

    const read = store.serialized();
    expect(serialize).toHaveBeenCalledTimes(2);
    expect(JSON.parse(read.body.toString())).toEqual(store.snapshot());
    expect(gzip).not.toHaveBeenCalled();
  });

  it('makes nothing ahead without a reader, or once the reader stopped asking', () => {
    change();
    jest.advanceTimersByTime(PREPARE_DELAY_MS);
    expect(serialize).not.toHaveBeenCalled();

    store.serialized();
    jest.advanceTimersByTime(PREPARE_WINDOW_MS + 1);
    change();
    jest.advanceTimersByTime(PREPARE_DELAY_MS);
    expect(serialize).toHaveBeenCalledTimes(1);
  });

  it('gzips ahead too for a reader that asked for gzip', () => {
    change();
    store.serialized({ gzip: true }).gzip();
    expect(gzip).toHaveBeenCalledTimes(1);

    change();
    jest.advanceTimersByTime(PREPARE_DELAY_MS);
    expect(gzip).toHaveBeenCalledTimes(2);

    const read = store.serialized({ gzip: true });
    expect(zlib.gunzipSync(read.gzip()).equals(read.body)).toBe(true);
    expect(gzip).toHaveBeenCalledTimes(2);
  });
});
