interface IgnoreRule {
  pattern: RegExp;
  exclude: boolean;
}

/**
 * Reads a .dockerignore the way Docker applies it: the last matching line wins, `!` re-includes,
 * `**` spans directories and a pattern that matches a directory also covers everything in it.
 */
export function parseDockerignore(text: string): (path: string) => boolean {
  const rules = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map(toRule);

  return (path) => {
    const candidates = parentsAndSelf(path);

    return rules.reduce(
      (ignored, rule) =>
        candidates.some((part) => rule.pattern.test(part)) ? rule.exclude : ignored,
      false,
    );
  };
}

function toRule(line: string): IgnoreRule {
  const exclude = !line.startsWith('!');
  const pattern = (exclude ? line : line.slice(1)).trim().replace(/^\/+|\/+$/g, '');

  return { pattern: new RegExp(`^${globToRegex(pattern)}$`), exclude };
}

function globToRegex(glob: string): string {
  let regex = '';
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index];
    if (glob.startsWith('**/', index)) {
      regex += '(?:.*/)?';
      index += 2;
    } else if (glob.startsWith('**', index)) {
      regex += '.*';
      index += 1;
    } else if (char === '*') {
      regex += '[^/]*';
    } else if (char === '?') {
      regex += '[^/]';
    } else {
      regex += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }

  return regex;
}

function parentsAndSelf(path: string): string[] {
  const parts = path.replace(/^\.?\/+/, '').split('/');

  return parts.map((_part, index) => parts.slice(0, index + 1).join('/'));
}
