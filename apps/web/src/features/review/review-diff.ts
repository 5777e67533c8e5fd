import type {
  AuditCodeLineInput,
  AuditLineSystem,
  EncounterSettingCode,
  FindingType,
  ReviewCodeLineDto,
} from '@recode/contracts';
import {
  deriveFindings,
  keyFindings,
  displayCode,
  normalizeCode,
  type AuditCodeLine,
  type FindingDraft,
} from '@recode/domain';

export interface KeyedFinding {
  /** The API's key for the same difference ("type|system|before|after", "#2"… for repeats), so classifications line up. */
  key: string;
  draft: FindingDraft;
}

/** How a line looks in the side-by-side view. */
export type LineMark = 'same' | 'added' | 'removed' | 'revised' | 'changed';

export interface DrgPair {
  drg: string | null;
  weight: number | null;
}

export interface ReviewComparison {
  setting: EncounterSettingCode;
  coderCodes: readonly Pick<
    ReviewCodeLineDto,
    'system' | 'code' | 'sequence' | 'principal' | 'poa' | 'modifiers' | 'units'
  >[];
  auditorCodes: readonly AuditCodeLineInput[];
  coderDrg: DrgPair | null;
  auditorDrg: DrgPair | null;
}

const toLine = (line: ReviewComparison['coderCodes'][number]): AuditCodeLine => ({
  system: line.system,
  code: line.code,
  sequence: line.sequence,
  principal: line.principal,
  poa: line.poa,
  modifiers: [...line.modifiers],
  units: line.units ?? undefined,
});

/** Every difference between the coder's and the auditor's codes, derived exactly as the API derives them on save. */
export function keyedFindings(comparison: ReviewComparison): KeyedFinding[] {
  const drafts = deriveFindings({
    setting: comparison.setting,
    coderCodes: comparison.coderCodes.map(toLine),
    auditorCodes: comparison.auditorCodes.map(toLine),
    coderDrg: comparison.coderDrg?.drg ?? null,
    auditorDrg: comparison.auditorDrg?.drg ?? null,
    drgWeightBefore: comparison.coderDrg?.weight ?? null,
    drgWeightAfter: comparison.auditorDrg?.weight ?? null,
  });
  return keyFindings(drafts);
}

const REVISIONS: readonly FindingType[] = ['revised', 'em_level_changed'];

function markFor(types: readonly FindingType[], side: 'coder' | 'auditor'): LineMark {
  if (types.length === 0) return 'same';
  if (types.includes(side === 'coder' ? 'deleted' : 'added')) return side === 'coder' ? 'removed' : 'added';
  if (types.some((type) => REVISIONS.includes(type))) return 'revised';
  return 'changed';
}

export function lineKey(system: AuditLineSystem, code: string): string {
  return `${system}|${normalizeCode(code)}`;
}

/**
 * The highlight of each line on each side, from the findings: a coder line is marked by findings whose
 * code before is its code, an auditor line by those whose code after is its code. A resequencing marks
 * both principals; a line no finding touches is the same on both sides.
 */
export function lineMarks(findings: readonly KeyedFinding[]): {
  coder: (system: AuditLineSystem, code: string) => LineMark;
  auditor: (system: AuditLineSystem, code: string) => LineMark;
} {
  const before = new Map<string, FindingType[]>();
  const after = new Map<string, FindingType[]>();
  const note = (map: Map<string, FindingType[]>, key: string, type: FindingType) =>
    map.set(key, [...(map.get(key) ?? []), type]);
  for (const { draft } of findings) {
    if (draft.system === 'MSDRG') continue;
    if (draft.codeBefore) note(before, lineKey(draft.system, draft.codeBefore), draft.type);
    if (draft.codeAfter) note(after, lineKey(draft.system, draft.codeAfter), draft.type);
    // A resequencing names the two principals; both lines moved.
    if (draft.type === 'resequenced' && draft.codeAfter)
      note(before, lineKey(draft.system, draft.codeAfter), draft.type);
    if (draft.type === 'resequenced' && draft.codeBefore)
      note(after, lineKey(draft.system, draft.codeBefore), draft.type);
  }
  return {
    coder: (system, code) => markFor(before.get(lineKey(system, code)) ?? [], 'coder'),
    auditor: (system, code) => markFor(after.get(lineKey(system, code)) ?? [], 'auditor'),
  };
}

/** "E11.9 → E11.65", "+ I10", "− K35.80" style summary of a finding for a list. */
/** What describeChange reads: a finding draft on screen or a saved finding. */
export interface ChangeParts {
  type: FindingType;
  system: string;
  codeBefore?: string | null;
  codeAfter?: string | null;
  poaBefore?: string | null;
  poaAfter?: string | null;
  modifiersBefore?: readonly string[] | null;
  modifiersAfter?: readonly string[] | null;
  unitsBefore?: number | null;
  unitsAfter?: number | null;
}

export function describeChange(draft: ChangeParts): string {
  const before = displayCode(draft.system, draft.codeBefore);
  const after = displayCode(draft.system, draft.codeAfter);
  if (draft.type === 'added') return `+ ${after}`;
  if (draft.type === 'deleted') return `− ${before}`;
  if (draft.type === 'poa_changed')
    return `${after} POA ${draft.poaBefore || 'exempt'} → ${draft.poaAfter || 'exempt'}`;
  if (draft.type === 'modifier_changed')
    return `${after} modifiers ${(draft.modifiersBefore ?? []).join(' ') || 'none'} → ${(draft.modifiersAfter ?? []).join(' ') || 'none'}`;
  if (draft.type === 'units_changed') return `${after} units ${draft.unitsBefore} → ${draft.unitsAfter}`;
  return `${before} → ${after}`;
}
