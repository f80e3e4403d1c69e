/** The lower-case words of a search query; an empty query has none. */
export function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Whether every word appears somewhere in the given fields. */
export function matchesWords(words: string[], fields: (string | number)[]): boolean {
  if (words.length === 0) {
    return true;
  }
  const text = fields.join(' ').toLowerCase();

  return words.every((word) => text.includes(word));
}
