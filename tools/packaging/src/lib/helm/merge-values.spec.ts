import { mergeValues } from './merge-values';

describe('mergeValues', () => {
  it('merges maps deeply, replaces lists and scalars and removes keys set to null', () => {
    const defaults = { image: { repository: 'pulse', tag: '' }, tls: [{ a: 1 }], keep: 1, drop: 2 };
    const merged = mergeValues(defaults, {
      image: { tag: '1.0' },
      tls: [],
      drop: null,
      extra: { x: true },
    });

    expect(merged).toEqual({
      image: { repository: 'pulse', tag: '1.0' },
      tls: [],
      keep: 1,
      extra: { x: true },
    });
    expect(defaults.image.tag).toBe('');
  });
});
