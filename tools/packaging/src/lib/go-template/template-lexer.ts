export type TemplateToken =
  | { kind: 'text'; text: string }
  | { kind: 'action'; source: string; line: number };

interface RawAction {
  kind: 'action';
  source: string;
  line: number;
  trimBefore: boolean;
  trimAfter: boolean;
}

type RawToken = { kind: 'text'; text: string } | RawAction;

const WHITESPACE = ' \t\r\n';

/** Splits a template into text and `{{ action }}` tokens and applies the `{{-` / `-}}` trims. */
export function lexTemplate(source: string): TemplateToken[] {
  const tokens: RawToken[] = [];
  let position = 0;
  while (position < source.length) {
    const open = source.indexOf('{{', position);
    if (open === -1) {
      tokens.push({ kind: 'text', text: source.slice(position) });
      break;
    }

    tokens.push({ kind: 'text', text: source.slice(position, open) });
    const close = findClose(source, open + 2);
    tokens.push(readAction(source.slice(open + 2, close), lineAt(source, open)));
    position = close + 2;
  }

  return applyTrims(tokens);
}

function findClose(source: string, from: number): number {
  let quote: string | undefined;
  for (let index = from; index < source.length; index++) {
    const char = source[index];
    if (quote) {
      index += char === '\\' && quote === '"' ? 1 : 0;
      quote = char === quote ? undefined : quote;
    } else if (char === '"' || char === '`') {
      quote = char;
    } else if (source.startsWith('}}', index)) {
      return index;
    }
  }

  throw new Error(`line ${lineAt(source, from)}: unclosed action`);
}

function readAction(inner: string, line: number): RawAction {
  const trimBefore = inner.startsWith('-') && WHITESPACE.includes(inner[1] ?? '');
  const trimAfter = inner.endsWith('-') && WHITESPACE.includes(inner[inner.length - 2] ?? '');
  const source = inner.slice(trimBefore ? 1 : 0, trimAfter ? -1 : undefined).trim();

  return { kind: 'action', source, line, trimBefore, trimAfter };
}

function applyTrims(tokens: RawToken[]): TemplateToken[] {
  const result: TemplateToken[] = tokens.map((token) =>
    token.kind === 'text'
      ? { ...token }
      : { kind: 'action', source: token.source, line: token.line },
  );
  tokens.forEach((token, index) => {
    if (token.kind !== 'action') {
      return;
    }
    trimText(result[index - 1], (text) => text.replace(/[ \t\r\n]+$/, ''), token.trimBefore);
    trimText(result[index + 1], (text) => text.replace(/^[ \t\r\n]+/, ''), token.trimAfter);
  });

  return result.filter((token) => token.kind === 'action' || token.text !== '');
}

function trimText(
  token: TemplateToken | undefined,
  trim: (text: string) => string,
  wanted: boolean,
): void {
  if (wanted && token?.kind === 'text') {
    token.text = trim(token.text);
  }
}

function lineAt(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}
