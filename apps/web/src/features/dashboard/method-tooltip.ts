import type { IntervalDto } from '@recode/contracts';
import { statTooltip } from '../../lib/stat-tooltip';

/** Tooltip for a dashboard number: its method and n (of N), preliminary when so, and why no interval when none. See docs/statistics.md. */
export function methodTooltip(i: IntervalDto, unit: string, records?: number): string {
  return statTooltip({
    method: i.method,
    n: i.n,
    unit,
    records,
    population: i.population,
    status: i.status,
    reason: i.reason,
    preliminary: i.preliminary,
  });
}

/** "(of N)" for the label under a number, or nothing when the population is not known. */
export function ofPopulation(i: IntervalDto): string {
  return i.population === null || i.population === undefined ? '' : ` of ${i.population}`;
}
