/** Readers for list state kept in the URL, so a filtered page can be bookmarked and shared. */

export function readPositiveInt(
  params: URLSearchParams,
  key: string,
  fallback: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const raw = params.get(key);
  if (raw === null || !/^\d+$/.test(raw)) return fallback;
  const value = Number(raw);
  return value >= 1 && value <= max ? value : fallback;
}

export function readText(params: URLSearchParams, key: string): string | undefined {
  const value = params.get(key)?.trim();
  return value ? value : undefined;
}

export function readOneOf<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
): T | undefined {
  const value = params.get(key);
  return allowed.find((candidate) => candidate === value);
}

export function readBoolean(params: URLSearchParams, key: string): boolean | undefined {
  const value = params.get(key);
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

export type ParamPatch = Readonly<Record<string, string | number | boolean | null | undefined>>;

/**
 * A copy of `params` with `patch` applied (empty values remove the key). Changing anything but
 * the page sends the reader back to page 1, since the old page number means nothing any more.
 */
export function withParams(params: URLSearchParams, patch: ParamPatch): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || value === null || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  const onlyPage = Object.keys(patch).every((key) => key === 'page');
  if (!onlyPage) next.delete('page');
  return next;
}
