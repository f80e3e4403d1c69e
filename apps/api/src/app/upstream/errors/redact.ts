const MIN_SECRET_LENGTH = 4;
const MAX_TEXT_LENGTH = 300;

/** Replaces every occurrence of a known secret with `***` and trims the text for messages. */
export function redact(text: string, secrets: readonly string[]): string {
  let clean = text;
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH) {
      clean = clean.split(secret).join('***');
    }
  }

  return clean.length > MAX_TEXT_LENGTH ? `${clean.slice(0, MAX_TEXT_LENGTH)}…` : clean;
}

/** Pulls a human-readable message out of an upstream error body (JSON or plain text). */
export function upstreamBodyMessage(body: string, statusText = ''): string {
  const trimmed = body.trim();
  if (trimmed.startsWith('{')) {
    const fromJson = messageFromJson(trimmed);
    if (fromJson) {
      return fromJson;
    }
  }
  if (/^<(!doctype|html)/i.test(trimmed)) {
    return statusText;
  }

  return trimmed.replace(/\s+/g, ' ') || statusText;
}

function messageFromJson(text: string): string | undefined {
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    const parts = [parsed['message'], parsed['errors'] && JSON.stringify(parsed['errors'])];

    return (
      parts.filter((part) => typeof part === 'string' && part.length > 0).join(' ') || undefined
    );
  } catch {
    return undefined;
  }
}
