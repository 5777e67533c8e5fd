import { COUNTED_AUDIT_STATUSES, PRINCIPAL_CHANGE_TYPES, UNSETTLED_STATUSES, VOID_STATUSES } from '@recode/domain';

// The scoring rules of libs/domain (scoring-settings.ts) written as SQL, built from the same lists so
// the two cannot drift: the rollups (which score in TypeScript) select their records with these, and
// the dashboard's record rows score in SQL with them. dashboard.int-spec checks both paths agree.

/** A quoted SQL list of fixed vocabulary words (never user input): `'a', 'b'`. */
function sqlList(words: readonly string[]): string {
  return words
    .map((w) => {
      if (!/^[a-z_]+$/.test(w)) throw new Error(`not a vocabulary word: ${w}`);
      return `'${w}'`;
    })
    .join(', ');
}

/** A random (not rule-driven) audit `a`: only its records estimate accuracy. */
export const RANDOM_AUDIT = `coalesce(a.plan_snapshot->'rules', 'null'::jsonb) = 'null'::jsonb`;

/** The counted statuses: audit `a`'s reviewed records count (in review: preliminary). */
export const COUNTED_AUDIT = `a.status IN (${sqlList(COUNTED_AUDIT_STATUSES)})`;

/** Records that estimate accuracy: a counted, random audit. */
export const COUNTED_RANDOM_AUDIT = `${COUNTED_AUDIT} AND ${RANDOM_AUDIT}`;

/** Records of a counted, targeted (rule-driven) audit: counted apart, as findings. */
export const COUNTED_TARGETED_AUDIT = `${COUNTED_AUDIT} AND NOT ${RANDOM_AUDIT}`;

/** Finding `f` stands (findingStands): not void. */
export const FINDING_STANDS = `f.status NOT IN (${sqlList(VOID_STATUSES)})`;

/** Finding `f` counts against the coder (countsAgainstCoder); an unclassified root cause counts as the coder's, as loadScoredRecords does. */
export const FINDING_COUNTS_AGAINST_CODER = `coalesce(f.root_cause, 'coder') = 'coder' AND ${FINDING_STANDS}`;

/** Whether a finding status column leaves the score preliminary (UNSETTLED_STATUSES). */
export const unsettledStatus = (column: string): string => `${column} IN (${sqlList(UNSETTLED_STATUSES)})`;

/** Item `i`'s weighted codes (codeWeight): its principal codes at the principal weight, the others at the other weight. */
export function codeWeightSql(principalWeight: string, otherWeight: string): string {
  const codes = 'coalesce(i.codes_reviewed, 0)';
  const principal = `least(coalesce(i.principal_codes, 0), ${codes})`;
  return `(${principal} * ${principalWeight} + (${codes} - ${principal}) * ${otherWeight})`;
}

/** Finding `f`'s weight (findingWeight), with the principal and other weights as SQL parameters. */
export function findingWeightSql(principalWeight: string, otherWeight: string): string {
  return `CASE WHEN f.type = 'drg_changed' THEN 0
  WHEN f.principal AND f.type IN (${sqlList(PRINCIPAL_CHANGE_TYPES)}) THEN ${principalWeight} ELSE ${otherWeight} END`;
}
