import { lexTemplate } from './template-lexer';

describe('lexTemplate', () => {
  it('splits text and actions and records the line of each action', () => {
    expect(lexTemplate('a: {{ .x }}\nb: {{ .y }}')).toEqual([
      { kind: 'text', text: 'a: ' },
      { kind: 'action', source: '.x', line: 1 },
      { kind: 'text', text: '\nb: ' },
      { kind: 'action', source: '.y', line: 2 },
    ]);
  });

  it('trims the whitespace around actions marked with a dash', () => {
    const tokens = lexTemplate('a:\n  {{- .x -}}\n  b');

    expect(tokens).toEqual([
      { kind: 'text', text: 'a:' },
      { kind: 'action', source: '.x', line: 2 },
      { kind: 'text', text: 'b' },
    ]);
  });

  it('keeps a dash that is part of the action, such as a negative number', () => {
    expect(lexTemplate('{{-3}}')).toEqual([{ kind: 'action', source: '-3', line: 1 }]);
  });

  it('does not end an action at braces inside a quoted string', () => {
    expect(lexTemplate('{{ "}}" }}!')).toEqual([
      { kind: 'action', source: '"}}"', line: 1 },
      { kind: 'text', text: '!' },
    ]);
  });

  it('rejects an action that is never closed', () => {
    expect(() => lexTemplate('a\n{{ .x')).toThrow(/line 2: unclosed action/);
  });
});
