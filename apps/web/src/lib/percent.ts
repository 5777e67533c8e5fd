const EMPTY = '—';

/** A fraction as a percentage: 0.9333 → "93.3%"; nothing (or not a number) → "—". The web app's one percent formatter. */
export function formatPercent(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return EMPTY;
  return `${(value * 100).toFixed(digits)}%`;
}
