import {
  codeKey,
  compareLines,
  compareText,
  normalizeCode,
  normalizeModifiers,
  normalizePoa,
  SYSTEM_ORDER,
} from './code-lines';
import { emLevelOf } from './em-families';
import { pairRevisions } from './pair-revisions';
import type {
  AuditCodeLine,
  FindingCategory,
  FindingDirection,
  FindingDraft,
  FindingType,
  RecordUnderReview,
} from './types';

// Within one line, the finding that explains most comes first.
const TYPE_ORDER: readonly FindingType[] = [
  'resequenced',
  'revised',
  'em_level_changed',
  'deleted',
  'added',
  'poa_changed',
  'modifier_changed',
  'units_changed',
  'drg_changed',
];

interface Ordered {
  draft: FindingDraft;
  /** Where the finding sits on the record: system, principal first, then line number. */
  slot: readonly [number, number, number];
}

/**
 * Compares the coder's and the auditor's final codes of one record and lists every difference as a
 * finding draft. Codes are matched by (system, code); unmatched lines are paired into revisions by the
 * rules in pair-revisions.ts; what is left is deleted (coder only) or added (auditor only). The output
 * is sorted by system, principal first, line number, then type, so the same record always yields the
 * same list, whatever order its lines arrive in.
 */
export function deriveFindings(record: RecordUnderReview): FindingDraft[] {
  const coder = record.coderCodes.map(cleanLine).sort(compareLines);
  const auditor = record.auditorCodes.map(cleanLine).sort(compareLines);
  const { matched, coderOnly, auditorOnly } = matchLines(coder, auditor);
  const { pairs, deleted, added } = pairRevisions(coderOnly, auditorOnly);

  const found: Ordered[] = [
    ...resequencings(coder, auditor),
    ...matched.flatMap(([before, after]) => lineChanges(before, after)),
    ...pairs.map(({ before, after }) => at(after, revision(before, after))),
    ...deleted.map((line) => at(line, codeFinding('deleted', line, null, 'over'))),
    ...added.map((line) => at(line, codeFinding('added', null, line, 'under'))),
  ];
  const ordered = found.sort(compareOrdered).map((entry) => entry.draft);
  const drg = drgChange(record);
  return drg === null ? ordered : [...ordered, drg];
}

function cleanLine(line: AuditCodeLine): AuditCodeLine {
  return { ...line, code: normalizeCode(line.code) };
}

/** Pairs identical codes; among repeats (e.g. 20610-RT and 20610-LT) a line with the same modifiers is preferred. */
function matchLines(coder: AuditCodeLine[], auditor: AuditCodeLine[]) {
  const remaining = [...auditor];
  const matched: [AuditCodeLine, AuditCodeLine][] = [];
  const coderOnly: AuditCodeLine[] = [];
  for (const line of coder) {
    const candidates = remaining.filter((other) => codeKey(other) === codeKey(line));
    const modifiers = normalizeModifiers(line.modifiers).join();
    const pick = candidates.find((other) => normalizeModifiers(other.modifiers).join() === modifiers) ?? candidates[0];
    if (pick === undefined) {
      coderOnly.push(line);
      continue;
    }
    matched.push([line, pick]);
    remaining.splice(remaining.indexOf(pick), 1);
  }
  return { matched, coderOnly, auditorOnly: remaining };
}

/** Both principals appear on both sides but the coder put the other one first. */
function resequencings(coder: AuditCodeLine[], auditor: AuditCodeLine[]): Ordered[] {
  const systems = [...new Set(coder.map((line) => line.system))];
  return systems.flatMap((system) => {
    const before = coder.find((line) => line.system === system && line.principal);
    const after = auditor.find((line) => line.system === system && line.principal);
    if (before === undefined || after === undefined || before.code === after.code) return [];
    const bothPresent =
      auditor.some((l) => codeKey(l) === codeKey(before)) && coder.some((l) => codeKey(l) === codeKey(after));
    return bothPresent ? [at(after, codeFinding('resequenced', before, after, 'neutral'))] : [];
  });
}

function lineChanges(before: AuditCodeLine, after: AuditCodeLine): Ordered[] {
  const changes: FindingDraft[] = [];
  const principal = before.principal || after.principal;
  const base = { system: before.system, codeBefore: before.code, codeAfter: after.code, principal };
  const [poaBefore, poaAfter] = [normalizePoa(before.poa), normalizePoa(after.poa)];
  if (before.system === 'ICD10CM' && poaBefore !== poaAfter) {
    changes.push({ ...base, type: 'poa_changed', category: 'poa', suggestedDirection: 'neutral', poaBefore, poaAfter });
  }
  const [modifiersBefore, modifiersAfter] = [normalizeModifiers(before.modifiers), normalizeModifiers(after.modifiers)];
  if (modifiersBefore.join() !== modifiersAfter.join()) {
    const modifiers = { modifiersBefore, modifiersAfter };
    changes.push({
      ...base,
      type: 'modifier_changed',
      category: 'modifier',
      suggestedDirection: 'neutral',
      ...modifiers,
    });
  }
  // A line without units bills one unit.
  const [unitsBefore, unitsAfter] = [before.units ?? 1, after.units ?? 1];
  if (unitsBefore !== unitsAfter) {
    const suggestedDirection = unitsBefore > unitsAfter ? 'over' : 'under';
    changes.push({ ...base, type: 'units_changed', category: 'units', suggestedDirection, unitsBefore, unitsAfter });
  }
  return changes.map((draft) => at(after, draft));
}

function revision(before: AuditCodeLine, after: AuditCodeLine): FindingDraft {
  const levelBefore = before.system === 'CPT' ? emLevelOf(before.code) : null;
  const levelAfter = after.system === 'CPT' ? emLevelOf(after.code) : null;
  if (levelBefore === null || levelAfter === null || levelBefore.family.id !== levelAfter.family.id) {
    return codeFinding('revised', before, after, 'neutral');
  }
  const direction = levelBefore.level > levelAfter.level ? 'over' : 'under';
  return { ...codeFinding('em_level_changed', before, after, direction), category: 'em_level' };
}

function codeFinding(
  type: FindingType,
  before: AuditCodeLine | null,
  after: AuditCodeLine | null,
  suggestedDirection: FindingDirection,
): FindingDraft {
  const system = (after ?? before)?.system;
  if (system === undefined) throw new Error('a code finding needs a line on at least one side');
  const principal = Boolean(before?.principal || after?.principal);
  return {
    type,
    system,
    codeBefore: before?.code ?? null,
    codeAfter: after?.code ?? null,
    category: codeCategory(system, principal),
    principal,
    suggestedDirection,
  };
}

function codeCategory(system: AuditCodeLine['system'], principal: boolean): FindingCategory {
  if (system === 'ICD10CM') return principal ? 'principal_dx' : 'secondary_dx';
  return system === 'ICD10PCS' ? 'pcs' : system === 'CPT' ? 'cpt' : 'hcpcs';
}

/** Only when both DRGs are known: a missing DRG is an incomplete record, not a regrouping. */
function drgChange(record: RecordUnderReview): FindingDraft | null {
  const [before, after] = [normalizeDrg(record.coderDrg), normalizeDrg(record.auditorDrg)];
  if (before === null || after === null || before === after) return null;
  const weightBefore = record.drgWeightBefore ?? null;
  const weightAfter = record.drgWeightAfter ?? null;
  const weightDelta = weightBefore === null || weightAfter === null ? 0 : weightAfter - weightBefore;
  const suggestedDirection: FindingDirection = weightDelta < 0 ? 'over' : weightDelta > 0 ? 'under' : 'neutral';
  const codes = { system: 'MSDRG' as const, codeBefore: before, codeAfter: after };
  return {
    type: 'drg_changed',
    ...codes,
    category: 'drg',
    principal: false,
    suggestedDirection,
    weightBefore,
    weightAfter,
  };
}

function normalizeDrg(drg: string | null | undefined): string | null {
  const value = (drg ?? '').trim();
  if (value === '') return null;
  return /^\d{1,3}$/.test(value) ? value.padStart(3, '0') : value.toUpperCase();
}

function at(line: AuditCodeLine, draft: FindingDraft): Ordered {
  return { draft, slot: [SYSTEM_ORDER[line.system], draft.principal ? 0 : 1, line.sequence] };
}

function compareOrdered({ draft: x, slot: a }: Ordered, { draft: y, slot: b }: Ordered): number {
  return (
    a[0] - b[0] ||
    a[1] - b[1] ||
    a[2] - b[2] ||
    TYPE_ORDER.indexOf(x.type) - TYPE_ORDER.indexOf(y.type) ||
    compareText(x.codeBefore ?? '', y.codeBefore ?? '') ||
    compareText(x.codeAfter ?? '', y.codeAfter ?? '')
  );
}
