import type { GrouperResult } from './types';

/**
 * The secondaries that gave the DRG its severity level ("with MCC" / "with CC"): those counted at the
 * level the final DRG reached. Empty for a DRG without CC/MCC, or when the grouper refused the claim.
 */
export function severityDrivers(result: GrouperResult): string[] {
  if (result.returnCode !== 'OK' || (result.severity !== 'MCC' && result.severity !== 'CC')) return [];
  return result.secondaries.filter((s) => s.usage === result.severity).map((s) => s.code);
}
