/** Bytes of input per bucket: each bucket is written in one transaction of a few tens of thousands of code rows. */
export const BUCKET_BYTES = 4 * 1024 * 1024;
export const MAX_BUCKETS = 4096;

/** Chosen once from the file size and stored with the import, so a resumed job hashes rows the same way. */
export function bucketCountFor(fileBytes: number): number {
  return Math.min(MAX_BUCKETS, Math.max(1, Math.ceil(fileBytes / BUCKET_BYTES)));
}

/** FNV-1a (32-bit) of the encounter key: all rows of an encounter land in the same bucket, wherever they are in the file. */
export function bucketOf(source: string, externalId: string, bucketCount: number): number {
  let hash = 0x811c9dc5;
  const key = `${source}\u0000${externalId}`;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % bucketCount;
}
