import { tokenizeAction } from './action-tokens';

describe('tokenizeAction', () => {
  it('reads fields, identifiers, literals and pipes', () => {
    expect(tokenizeAction('.Values.a | default "x\\n" | nindent 4')).toEqual([
      { kind: 'field', base: 'dot', path: ['Values', 'a'] },
      { kind: 'pipe' },
      { kind: 'identifier', name: 'default' },
      { kind: 'literal', value: 'x\n' },
      { kind: 'pipe' },
      { kind: 'identifier', name: 'nindent' },
      { kind: 'literal', value: 4 },
    ]);
  });

  it('reads the dot, the root variable and the words true, false and nil', () => {
    expect(tokenizeAction('. $ $.Chart.Name true false nil `raw\\n`')).toEqual([
      { kind: 'field', base: 'dot', path: [] },
      { kind: 'field', base: 'root', path: [] },
      { kind: 'field', base: 'root', path: ['Chart', 'Name'] },
      { kind: 'literal', value: true },
      { kind: 'literal', value: false },
      { kind: 'literal', value: null },
      { kind: 'literal', value: 'raw\\n' },
    ]);
  });

  it.each(['$name := 1', '(include "x" .)', '.a..b', 'x, y'])('rejects %s', (source) => {
    expect(() => tokenizeAction(source)).toThrow(/unsupported syntax/);
  });
});
