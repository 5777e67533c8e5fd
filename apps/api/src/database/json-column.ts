import { z } from 'zod';

/**
 * A json/jsonb column the API wrote itself from a checked value (a plan snapshot, a score body, a
 * sampling error): the row check makes sure it is a JSON object and names its type; the inside was
 * checked by the writer's schema and is not parsed again on every read.
 */
export function jsonObject<T extends object>(): z.ZodType<T> {
  return z.custom<T>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'expected a JSON object');
}
