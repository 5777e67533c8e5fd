/**
 * Hostile inputs for the fuzz spec: each a plausible client mistake or probe. Kept small and fixed
 * (no randomness) so a failure names a case that can be replayed.
 */
export const HUGE = 'x'.repeat(200_000);

const uuid = '0b6b1a5e-2f0e-4a53-9d1c-6c1f9a4e2b10';
const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

/** Values for a path parameter such as {id}. */
export const PATH_VALUES = [
  'not-a-uuid',
  'x'.repeat(3000),
  '00000000-0000-0000-0000-000000000000',
  uuid,
  "1'; DROP TABLE users;--",
  '%00',
  '%E0%A4%A',
];

/** Values for any query parameter, the cursor kinds included. */
export const QUERY_VALUES = [
  '',
  'x'.repeat(20_000),
  '-1',
  '1e309',
  'NaN',
  'nul%00byte',
  '2026-02-30',
  'not-a-uuid',
  b64(`["abc","${uuid}"]`),
  b64(`[123,"${uuid}"]`),
  b64(`["\\u0000","${uuid}"]`),
  '!!!not-base64!!!',
];

/** Query names sent to every GET, whether or not the document lists them. */
export const COMMON_QUERY_NAMES = ['cursor', 'limit', 'sort', 'q'];

/** Whole raw bodies: malformed JSON and JSON of the wrong shape. */
export const RAW_BODIES = [
  '{',
  'nul',
  '{"a":"\\u0000"}',
  'null',
  '123',
  '"text"',
  '[{}]',
  '{"__proto__":{"admin":true}}',
  JSON.stringify({ a: HUGE }),
];

/** Wrong-typed values for each body property the schema names. */
export const PROPERTY_VALUES: unknown[] = [
  null,
  -1,
  1e308,
  true,
  '',
  HUGE,
  'nul\u0000byte',
  ['x'],
  { nested: { deep: [1] } },
  '2026-02-30',
  'not-a-uuid',
];
