/** Stable codes so the API and the CLI can say what is wrong without parsing messages. */
export type RatStatsErrorCode = 'RATSTATS_INPUT_INVALID';

/**
 * Bad input to a RAT-STATS computation. `field` names the input that is wrong in the CLI's JSON
 * vocabulary (e.g. `n`, `values[3]`, `strata[1].N`), so a message can point at it.
 */
export class RatStatsInputError extends Error {
  readonly code: RatStatsErrorCode = 'RATSTATS_INPUT_INVALID';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'RatStatsInputError';
  }
}

export function requireInteger(field: string, value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw new RatStatsInputError(field, `must be a whole number, got ${show(value)}`);
  if (value < min) throw new RatStatsInputError(field, `must be at least ${min}, got ${value}`);
  if (value > max) throw new RatStatsInputError(field, `must be at most ${max}, got ${value}`);
  return value;
}

export function requireFinite(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new RatStatsInputError(field, `must be a finite number, got ${show(value)}`);
  return value;
}

export function requireValues(field: string, values: unknown): number[] {
  if (!Array.isArray(values)) throw new RatStatsInputError(field, `must be an array of numbers, got ${show(values)}`);
  return values.map((v, i) => requireFinite(`${field}[${i}]`, v));
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'nothing';
  return String(value);
}
