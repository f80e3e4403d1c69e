export interface FromClause {
  image: string;
  /** Stage name, lower-cased as Docker compares it. */
  name?: string;
  platform?: string;
}

export interface Flagged {
  /** `--name=value` options before the arguments; a bare `--name` has the value `true`. */
  flags: Record<string, string>;
  rest: string;
}

export type CommandForm = { exec: string[] } | { shell: string };

const FLAG = /^--([a-z][a-z-]*)(?:=(\S*))?\s*/;
const VARIABLE = /\$\{(\w+)(?::([-+])([^}]*))?\}|\$(\w+)/g;

export function splitFlags(args: string): Flagged {
  const flags: Record<string, string> = {};
  let rest = args.trimStart();
  for (let match = FLAG.exec(rest); match; match = FLAG.exec(rest)) {
    flags[match[1]] = match[2] ?? 'true';
    rest = rest.slice(match[0].length);
  }

  return { flags, rest: rest.trim() };
}

export function parseFrom(args: string): FromClause {
  const { flags, rest } = splitFlags(args);
  const words = rest.split(/\s+/).filter(Boolean);
  const platform = flags['platform'];
  if (words.length === 1) {
    return { image: words[0], platform };
  }
  if (words.length === 3 && words[1].toUpperCase() === 'AS') {
    return { image: words[0], name: words[2].toLowerCase(), platform };
  }

  throw new Error(`cannot read "FROM ${args}"`);
}

/** Reads the JSON (exec) form when the text is a JSON string array, as Docker does. */
export function parseCommand(text: string): CommandForm {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    const parsed = tryParseJson(trimmed);
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) {
      return { exec: parsed };
    }
  }

  return { shell: trimmed };
}

/** Reads `ENV`, `ARG` and `LABEL` arguments: `a=1 b="two words"` or the legacy `ENV key value`. */
export function parseKeyValues(
  args: string,
  options: { allowBareKeys: boolean } = { allowBareKeys: false },
): Record<string, string> {
  const words = splitWords(args);
  if (words.length > 0 && !words[0].includes('=') && !options.allowBareKeys) {
    return { [words[0]]: args.trim().slice(words[0].length).trim() };
  }

  const result: Record<string, string> = {};
  for (const word of words) {
    const equals = word.indexOf('=');
    if (equals === -1 && !options.allowBareKeys) {
      throw new Error(`"${word}" has no value in "${args}"`);
    }
    const key = equals === -1 ? word : word.slice(0, equals);
    result[key] = equals === -1 ? '' : word.slice(equals + 1);
  }

  return result;
}

export function substituteVariables(text: string, variables: Record<string, string>): string {
  return text.replace(VARIABLE, (_all, name, operator, word, plainName) => {
    const value = variables[name ?? plainName] ?? '';
    if (operator === '-') {
      return value === '' ? word : value;
    }
    if (operator === '+') {
      return value === '' ? '' : word;
    }

    return value;
  });
}

/** Splits on unquoted whitespace and removes the quotes and backslash escapes. */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let current: string | undefined;
  let quote: string | undefined;

  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\\' && quote !== "'" && index + 1 < text.length) {
      current = (current ?? '') + text[++index];
    } else if (char === quote) {
      quote = undefined;
    } else if (quote) {
      current += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      current ??= '';
    } else if (/\s/.test(char)) {
      current = pushWord(words, current);
    } else {
      current = (current ?? '') + char;
    }
  }
  if (quote) {
    throw new Error(`unclosed ${quote} in "${text}"`);
  }
  pushWord(words, current);

  return words;
}

function pushWord(words: string[], current: string | undefined): undefined {
  if (current !== undefined) {
    words.push(current);
  }

  return undefined;
}

function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
