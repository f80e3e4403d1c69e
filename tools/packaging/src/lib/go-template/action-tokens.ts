export type ActionToken =
  | { kind: 'literal'; value: string | number | boolean | null }
  | { kind: 'field'; base: 'dot' | 'root'; path: string[] }
  | { kind: 'identifier'; name: string }
  | { kind: 'pipe' };

type Reader = [RegExp, (match: RegExpExecArray) => ActionToken];

const LITERAL_WORDS: Record<string, boolean | null> = { true: true, false: false, nil: null };

const READERS: Reader[] = [
  [/^"((?:[^"\\]|\\.)*)"/, (match) => literal(JSON.parse(`"${match[1]}"`))],
  [/^`([^`]*)`/, (match) => literal(match[1])],
  [/^-?\d+(?:\.\d+)?(?![\w.])/, (match) => literal(Number(match[0]))],
  [/^\$((?:\.\w+)*)(?![\w$])/, (match) => field('root', match[1])],
  [/^\.(\w+(?:\.\w+)*)?(?![\w.])/, (match) => field('dot', match[1] ?? '')],
  [/^[A-Za-z_]\w*/, (match) => word(match[0])],
  [/^\|/, () => ({ kind: 'pipe' })],
];

/** Splits the inside of one `{{ action }}` into tokens; anything unknown is an error. */
export function tokenizeAction(source: string): ActionToken[] {
  const tokens: ActionToken[] = [];
  let rest = source.trim();
  while (rest !== '') {
    const token = readToken(rest);
    tokens.push(token.value);
    rest = rest.slice(token.length).trimStart();
  }

  return tokens;
}

function readToken(text: string): { value: ActionToken; length: number } {
  for (const [pattern, build] of READERS) {
    const match = pattern.exec(text);
    if (match) {
      return { value: build(match), length: match[0].length };
    }
  }

  throw new Error(`unsupported syntax at "${text}"`);
}

function literal(value: string | number | boolean | null): ActionToken {
  return { kind: 'literal', value };
}

function field(base: 'dot' | 'root', path: string): ActionToken {
  return { kind: 'field', base, path: path.split('.').filter(Boolean) };
}

function word(name: string): ActionToken {
  return name in LITERAL_WORDS ? literal(LITERAL_WORDS[name]) : { kind: 'identifier', name };
}
