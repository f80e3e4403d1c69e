/** Keeps a table row's view while its data is replaced by a newer copy with the same id. */
export function trackById(_index: number, row: { id: string }): string {
  return row.id;
}
