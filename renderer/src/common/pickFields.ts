/** The editable fields of a saved record, shaped like `blank` (stamps and extras dropped). */
export function pickFields<T extends object>(blank: T, record: object): T {
  const source = record as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(blank).map((k) => [k, k in source ? source[k] : (blank as Record<string, unknown>)[k]]),
  ) as T;
}
