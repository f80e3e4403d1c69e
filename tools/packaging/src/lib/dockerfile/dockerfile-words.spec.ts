import {
  parseCommand,
  parseKeyValues,
  splitFlags,
  splitWords,
  substituteVariables,
} from './dockerfile-words';

describe('dockerfile words', () => {
  it('splits leading options from the arguments', () => {
    expect(splitFlags('--interval=30s --timeout=5s CMD ["node", "x"]')).toEqual({
      flags: { interval: '30s', timeout: '5s' },
      rest: 'CMD ["node", "x"]',
    });
    expect(splitFlags('--link --from=build /a /b')).toEqual({
      flags: { link: 'true', from: 'build' },
      rest: '/a /b',
    });
  });

  it('reads the exec form only when the text is a JSON array of strings', () => {
    expect(parseCommand('["node", "main.js"]')).toEqual({ exec: ['node', 'main.js'] });
    expect(parseCommand('node main.js')).toEqual({ shell: 'node main.js' });
    expect(parseCommand("['node']")).toEqual({ shell: "['node']" });
    expect(parseCommand('[1, 2]')).toEqual({ shell: '[1, 2]' });
  });

  it('reads key=value pairs with quotes and the legacy ENV form', () => {
    expect(parseKeyValues('A=1 B="two words" C=\'x y\' D=a\\ b')).toEqual({
      A: '1',
      B: 'two words',
      C: 'x y',
      D: 'a b',
    });
    expect(parseKeyValues('PATH /usr/bin:/bin  more')).toEqual({ PATH: '/usr/bin:/bin  more' });
    expect(parseKeyValues('NAME VERSION=1', { allowBareKeys: true })).toEqual({
      NAME: '',
      VERSION: '1',
    });
    expect(() => parseKeyValues('A=1 B')).toThrow(/"B" has no value/);
  });

  it('substitutes variables with defaults and alternatives', () => {
    const vars = { IMAGE: 'node:20', EMPTY: '' };

    expect(substituteVariables('${IMAGE}/$IMAGE', vars)).toBe('node:20/node:20');
    expect(substituteVariables('${EMPTY:-fallback} ${MISSING:-x}', vars)).toBe('fallback x');
    expect(substituteVariables('${IMAGE:+set}${EMPTY:+set}', vars)).toBe('set');
  });

  it('splits words on unquoted whitespace only', () => {
    expect(splitWords(' a "b c"  d\'e f\' "" ')).toEqual(['a', 'b c', 'de f', '']);
    expect(() => splitWords('a "b')).toThrow(/unclosed "/);
  });
});
