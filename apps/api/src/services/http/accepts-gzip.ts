/** Whether an `Accept-Encoding` header takes gzip (and does not refuse it with `q=0`). */
export function acceptsGzip(header: string | undefined): boolean {
  return /\bgzip\b(?!;q=0(\.0*)?\b)/.test(header ?? '');
}
