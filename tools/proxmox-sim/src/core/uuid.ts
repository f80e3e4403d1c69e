/** Formats 32 hex digits as a UUID (8-4-4-4-12). */
export function formatUuid(hex: string): string {
  const parts = [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20)];

  return [...parts, hex.slice(20, 32)].join('-');
}
