import { gunzipSync } from 'node:zlib';

import { serializeState } from './serialized-state';

describe('serializeState', () => {
  const value = { vms: [{ id: 'pve-100', name: 'ünïcode' }], lastUpdate: 5 };

  it('holds the JSON of the value, its gzip and an ETag naming the sequence number', () => {
    const state = serializeState(7, value);

    expect(JSON.parse(state.body.toString('utf8'))).toEqual(value);
    expect(state.body.toString('utf8')).toBe(JSON.stringify(value));
    expect(gunzipSync(state.gzip()).equals(state.body)).toBe(true);
    expect(state.gzip()).toBe(state.gzip());
    expect(state.etag).toMatch(/^"7-[\w-]+"$/);
  });

  it('writes the first envelope around the body in place and copies for any other', () => {
    const state = serializeState(3, value);
    const head = '{"type":"rawData","seq":3,"data":';
    const raw = state.framed(head, '}');

    expect(JSON.parse(raw.toString('utf8'))).toEqual({ type: 'rawData', seq: 3, data: value });
    expect(raw.buffer).toBe(state.body.buffer);
    expect(state.framed(head, '}')).toBe(raw);

    const initial = state.framed('{"type":"initialState","seq":3,"data":', '}');
    expect(initial.buffer).not.toBe(state.body.buffer);
    expect(JSON.parse(initial.toString('utf8')).type).toBe('initialState');
    expect(JSON.parse(raw.toString('utf8')).type).toBe('rawData');
    expect(state.body.toString('utf8')).toBe(JSON.stringify(value));
  });

  it('copies when an envelope is larger than the room kept for it', () => {
    const state = serializeState(1, value);
    const head = `{"padding":"${'x'.repeat(100)}","data":`;
    const framed = state.framed(head, '}');

    expect(framed.buffer).not.toBe(state.body.buffer);
    expect(JSON.parse(framed.toString('utf8')).data).toEqual(value);
  });
});
