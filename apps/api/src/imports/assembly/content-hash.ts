import { createHash } from 'node:crypto';

/**
 * The identity of an encounter's content: md5 over its fields and its code lines in order, as a uuid.
 * Row numbers, import ids and findings are not part of it, so the same encounter imported again
 * (even from another file, in another row order) hashes the same. Changing this format makes every
 * next import create new versions: treat it as a stored format.
 */
export function contentHash(
  fields: readonly (string | number | null)[],
  lines: readonly (readonly (string | number | boolean | null)[])[],
): string {
  const hash = createHash('md5');
  hash.update(fields.map(text).join('|'));
  for (const line of lines) hash.update(`\n${line.map(text).join('|')}`);
  const hex = hash.digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function text(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return String(value);
}
