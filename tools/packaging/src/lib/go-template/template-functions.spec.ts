import { TEMPLATE_FUNCTIONS } from './template-functions';

const call = (name: string, ...args: unknown[]) => TEMPLATE_FUNCTIONS[name](...args);

describe('template functions', () => {
  it('default keeps a non-empty value and replaces an empty one', () => {
    expect(call('default', 'x', 'set')).toBe('set');
    expect(call('default', 'x', '')).toBe('x');
    expect(call('default', 'x', undefined)).toBe('x');
    expect(call('default', 5, 0)).toBe(5);
  });

  it('indent pads every line and nindent also starts a new line', () => {
    expect(call('indent', 2, 'a\nb')).toBe('  a\n  b');
    expect(call('nindent', 4, 'a: 1')).toBe('\n    a: 1');
  });

  it('quote prints scalars in double quotes and skips missing values', () => {
    expect(call('quote', 'say "hi"')).toBe('"say \\"hi\\""');
    expect(call('quote', 7655)).toBe('"7655"');
    expect(call('quote', undefined)).toBe('');
  });

  it('printf fills %s, %d and %v in order and rejects other verbs', () => {
    expect(call('printf', '%s-%d/%v 100%%', 'a', 1, true)).toBe('a-1/true 100%');
    expect(() => call('printf', '%s-%s', 'a')).toThrow(/too few arguments/);
    expect(() => call('printf', '%s', 'a', 'b')).toThrow(/extra arguments/);
    expect(() => call('printf', '%q', 'a')).toThrow(/unsupported verb/);
  });

  it('toYaml sorts keys, leaves sequences unindented and drops the last newline', () => {
    expect(call('toYaml', { b: [1, 'two'], a: { y: true, x: null } })).toBe(
      'a:\n  x: null\n  y: true\nb:\n- 1\n- two',
    );
    expect(call('toYaml', {})).toBe('{}');
    expect(call('toYaml', undefined)).toBe('null');
  });

  it('trunc, trimSuffix, contains and not work on strings and truth', () => {
    expect(call('trunc', 3, 'abcdef')).toBe('abc');
    expect(call('trunc', -2, 'abcdef')).toBe('ef');
    expect(call('trimSuffix', '-', 'name-')).toBe('name');
    expect(call('trimSuffix', '', 'name')).toBe('name');
    expect(call('contains', 'ul', 'pulse')).toBe(true);
    expect(call('not', '')).toBe(true);
    expect(call('not', 'x')).toBe(false);
  });

  it('rejects wrong argument counts and types', () => {
    expect(() => call('default', 'x')).toThrow(/want 2, got 1/);
    expect(() => call('nindent', '4', 'a')).toThrow(/expected an integer/);
    expect(() => call('trunc', 3, { a: 1 })).toThrow(/expected a string/);
  });
});
