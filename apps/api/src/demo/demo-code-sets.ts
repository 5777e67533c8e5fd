import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { msDrgVersionFor } from '@recode/domain';
import { parse } from 'csv-parse/sync';
import { FileCodeSetIndex } from '../imports/validation/file-code-set-index';
import {
  CC_SECONDARIES,
  CHRONIC_SECONDARIES,
  INPATIENT_CASES,
  MCC_SECONDARIES,
  VISITS,
  type InpatientCase,
} from './demo-catalog';

/** The fiscal years demo encounters fall in (dates 2024-10-01 … 2026-09-30). */
export const DEMO_YEARS = [2025, 2026] as const;

export interface DemoCodeSets {
  cases: readonly InpatientCase[];
  mcc: readonly string[];
  cc: readonly string[];
  chronic: readonly string[];
  drgWeight(fiscalYear: number, drg: string): number;
  isPoaExempt(fiscalYear: number, code: string): boolean;
  /** The category header above a billable code in that year (E119 → E11), for "non-billable header" errors. */
  headerOf(fiscalYear: number, code: string): string | null;
}

/**
 * Reads the real code sets for the demo years and keeps only catalog codes valid in all of them.
 * An index already holding those years may be passed in, so they are read once.
 */
export async function loadDemoCodeSets(dataDir: string, index = new FileCodeSetIndex(dataDir)): Promise<DemoCodeSets> {
  for (const fy of DEMO_YEARS) await index.prepareYear(fy);
  const billable = (code: string, system: 'ICD10CM' | 'ICD10PCS' = 'ICD10CM'): boolean =>
    DEMO_YEARS.every((fy) => index.status(system, fy, code) === 'billable');
  const weights = new Map<number, Map<string, number>>();
  for (const fy of DEMO_YEARS) {
    const rows = parse(readFileSync(path.join(dataDir, `msdrg-${msDrgVersionFor(fy)}.csv`)), { columns: true }) as {
      drg: string;
      relative_weight: string;
    }[];
    weights.set(fy, new Map(rows.map((r) => [r.drg, Number(r.relative_weight) || 0])));
  }
  const drgKnown = (drg: string): boolean => DEMO_YEARS.every((fy) => weights.get(fy)?.has(drg));
  const cases = INPATIENT_CASES.filter(
    (c) =>
      billable(c.principal) &&
      billable(c.symptom) &&
      c.procedures.every((p) => billable(p, 'ICD10PCS')) &&
      [c.drg.mcc, c.drg.cc, c.drg.none].every(drgKnown),
  );
  for (const visits of Object.values(VISITS))
    for (const v of visits)
      for (const dx of v.diagnoses)
        if (!billable(dx)) throw new Error(`demo catalog: ${dx} is not billable in FY${DEMO_YEARS.join('/')}`);
  return {
    cases,
    mcc: MCC_SECONDARIES.filter((c) => billable(c)),
    cc: CC_SECONDARIES.filter((c) => billable(c)),
    chronic: CHRONIC_SECONDARIES.filter((c) => billable(c)),
    drgWeight: (fy, drg) => weights.get(fy)?.get(drg) ?? 1,
    isPoaExempt: (fy, code) => index.isPoaExempt(fy, code),
    headerOf: (fy, code) => {
      for (let len = code.length - 1; len >= 3; len -= 1) {
        const prefix = code.slice(0, len);
        if (index.status('ICD10CM', fy, prefix) === 'header') return prefix;
      }
      return null;
    },
  };
}
