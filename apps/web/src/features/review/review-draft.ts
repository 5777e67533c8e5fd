import type { AuditCodeLineInput, AuditLineSystem, EncounterSettingCode, ReviewCodeLineDto } from '@recode/contracts';
import { normalizeCode } from '@recode/domain';

/** One line of the auditor's final codes as it is being edited; `uid` survives reordering and revision. */
export interface DraftLine {
  uid: string;
  system: AuditLineSystem;
  code: string;
  description: string | null;
  poa: string | null;
  modifiers: string[];
  units: number | null;
  /** ICD-10-CM: on the year's POA-exempt list; null until known (a code added or revised on screen). */
  poaExempt: boolean | null;
}

export const SYSTEM_ORDER: readonly AuditLineSystem[] = ['ICD10CM', 'ICD10PCS', 'CPT', 'HCPCS'];

/** The code systems an auditor may add for the setting: inpatient uses PCS, the others CPT and HCPCS. */
export function systemsFor(setting: EncounterSettingCode): AuditLineSystem[] {
  return setting === 'inpatient' ? ['ICD10CM', 'ICD10PCS'] : ['ICD10CM', 'CPT', 'HCPCS'];
}

let counter = 0;
const nextUid = () => `line-${++counter}`;

function bySystemThenSequence(a: ReviewCodeLineDto, b: ReviewCodeLineDto): number {
  return SYSTEM_ORDER.indexOf(a.system) - SYSTEM_ORDER.indexOf(b.system) || a.sequence - b.sequence;
}

export function draftFromReview(lines: readonly ReviewCodeLineDto[]): DraftLine[] {
  return [...lines].sort(bySystemThenSequence).map((line) => ({
    uid: nextUid(),
    system: line.system,
    code: line.code,
    description: line.description,
    poa: line.poa,
    modifiers: [...line.modifiers],
    units: line.units,
    poaExempt: line.system === 'ICD10CM' ? line.poaExempt : false,
  }));
}

/** Keeps lines grouped by system (in SYSTEM_ORDER) while preserving each system's own order. */
export function grouped(lines: readonly DraftLine[]): DraftLine[] {
  return SYSTEM_ORDER.flatMap((system) => lines.filter((line) => line.system === system));
}

export function addLine(lines: readonly DraftLine[], line: Omit<DraftLine, 'uid' | 'poaExempt'>): DraftLine[] {
  return grouped([
    ...lines,
    { ...line, code: normalizeCode(line.code), uid: nextUid(), poaExempt: line.system === 'ICD10CM' ? null : false },
  ]);
}

export function removeLine(lines: readonly DraftLine[], uid: string): DraftLine[] {
  return lines.filter((line) => line.uid !== uid);
}

/** Replaces the code of a line (a revision), keeping its place, POA and modifiers. */
export function reviseLine(
  lines: readonly DraftLine[],
  uid: string,
  code: string,
  description: string | null,
): DraftLine[] {
  return lines.map((line) =>
    line.uid === uid
      ? { ...line, code: normalizeCode(code), description, poaExempt: line.system === 'ICD10CM' ? null : false }
      : line,
  );
}

export function updateLine(
  lines: readonly DraftLine[],
  uid: string,
  patch: Partial<Pick<DraftLine, 'poa' | 'modifiers' | 'units'>>,
): DraftLine[] {
  return lines.map((line) => (line.uid === uid ? { ...line, ...patch } : line));
}

/** Moves a line up (-1) or down (+1) among the lines of its own system; the first line is the principal. */
export function moveLine(lines: readonly DraftLine[], uid: string, step: -1 | 1): DraftLine[] {
  const index = lines.findIndex((line) => line.uid === uid);
  const line = lines[index];
  if (!line) return [...lines];
  let target = index + step;
  while (target >= 0 && target < lines.length && lines[target]?.system !== line.system) target += step;
  const other = lines[target];
  if (!other) return [...lines];
  const next = [...lines];
  next[index] = other;
  next[target] = line;
  return next;
}

/**
 * Which systems carry a principal (first-listed) flag on their first line: whatever the coder's lines say,
 * and for a system the coder did not use, ICD-10-CM always and ICD-10-PCS for inpatient records.
 */
export function principalSystems(
  coderLines: readonly ReviewCodeLineDto[],
  setting: EncounterSettingCode,
): Set<AuditLineSystem> {
  const systems = new Set<AuditLineSystem>(coderLines.filter((line) => line.principal).map((line) => line.system));
  const used = new Set(coderLines.map((line) => line.system));
  if (!used.has('ICD10CM')) systems.add('ICD10CM');
  if (setting === 'inpatient' && !used.has('ICD10PCS')) systems.add('ICD10PCS');
  return systems;
}

/** The lines as the API takes them: sequence 1… within each system, the first flagged principal where the system has one. */
export function toCodeInputs(
  lines: readonly DraftLine[],
  principal: ReadonlySet<AuditLineSystem>,
): AuditCodeLineInput[] {
  const seen = new Map<AuditLineSystem, number>();
  return grouped(lines).map((line) => {
    const sequence = (seen.get(line.system) ?? 0) + 1;
    seen.set(line.system, sequence);
    return {
      system: line.system,
      code: line.code,
      sequence,
      principal: sequence === 1 && principal.has(line.system),
      poa: line.system === 'ICD10CM' ? line.poa || null : null,
      modifiers: line.system === 'CPT' || line.system === 'HCPCS' ? line.modifiers : [],
      units: line.units,
    };
  });
}
