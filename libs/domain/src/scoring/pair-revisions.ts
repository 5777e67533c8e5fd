import { sameEmFamily } from './em-families';
import { normalizeCode } from './code-lines';
import type { AuditCodeLine } from './types';

export interface RevisionPair {
  before: AuditCodeLine;
  after: AuditCodeLine;
  rule: PairingRule;
}

export type PairingRule = 'em_family' | 'category' | 'principal_slot' | 'claim_line';

/**
 * A deleted (coder-only) and an added (auditor-only) line of the same system are one "revised" finding
 * when they fill the same slot. Rules are tried in this order, strongest evidence first, each over all
 * lines before the next; within a rule, lines are taken in (sequence, code) order and each pairs at most once:
 *   1. em_family      CPT E/M codes of one family (99213 → 99214): a level change.
 *   2. category       same ICD-10-CM category (first 3 chars: E119 → E1165) or same ICD-10-PCS section, body
 *                     system and root operation (first 3 chars): the same condition or procedure, coded wrongly.
 *   3. principal_slot both lines are principal / first-listed: the coder chose the wrong principal code.
 *   4. claim_line     CPT/HCPCS on the same line number: the claim line was billed with the wrong code.
 * ICD-10 codes of different categories in the same sequence are NOT paired: sequence numbers shift when a
 * code is missed, so such a pair is more often one unsupported code plus one missed code than one wrong code.
 */
export function pairRevisions(
  coderOnly: readonly AuditCodeLine[],
  auditorOnly: readonly AuditCodeLine[],
): { pairs: RevisionPair[]; deleted: AuditCodeLine[]; added: AuditCodeLine[] } {
  const deleted = [...coderOnly];
  const added = [...auditorOnly];
  const pairs: RevisionPair[] = [];
  for (const [rule, fits] of RULES) {
    for (const before of [...deleted]) {
      const index = added.findIndex((after) => after.system === before.system && fits(before, after));
      if (index < 0) continue;
      pairs.push({ before, after: added[index], rule });
      added.splice(index, 1);
      deleted.splice(deleted.indexOf(before), 1);
    }
  }
  return { pairs, deleted, added };
}

const RULES: readonly (readonly [PairingRule, (before: AuditCodeLine, after: AuditCodeLine) => boolean])[] = [
  ['em_family', (b, a) => b.system === 'CPT' && sameEmFamily(normalizeCode(b.code), normalizeCode(a.code))],
  ['category', (b, a) => categoryOf(b) !== null && categoryOf(b) === categoryOf(a)],
  ['principal_slot', (b, a) => b.principal && a.principal],
  ['claim_line', (b, a) => (b.system === 'CPT' || b.system === 'HCPCS') && b.sequence === a.sequence],
];

function categoryOf(line: AuditCodeLine): string | null {
  return line.system === 'ICD10CM' || line.system === 'ICD10PCS' ? normalizeCode(line.code).slice(0, 3) : null;
}
