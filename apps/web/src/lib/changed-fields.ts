type Comparable = string | number | boolean | null | undefined | readonly string[];

function sameValue(a: Comparable, b: Comparable): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    // Order of ids in a set (team memberships) carries no meaning.
    return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
  }
  return a === b;
}

/** Only the fields whose value changed, so a PATCH says exactly what the person edited. */
export function changedFields<T extends Record<string, Comparable>>(
  original: Readonly<T>,
  next: Readonly<T>,
): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (!sameValue(original[key], next[key])) changes[key] = next[key];
  }
  return changes;
}
