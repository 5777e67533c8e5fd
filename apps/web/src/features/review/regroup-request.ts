import type { RegroupRequest, RegroupResponse } from '@recode/contracts';
import { displayCode } from '@recode/domain';
import type { DraftLine } from './review-draft';

/** The patient fields the grouper needs, as the auditor sees and may correct them (text, as typed). */
export interface GrouperDemographics {
  age: string;
  sex: '' | 'M' | 'F' | 'U';
  dischargeStatus: string;
}

/** Age, sex and discharge status as the review screen receives them for the encounter (null where not imported). */
export interface EncounterGrouperFields {
  age: number | null;
  sex: string | null;
  dischargeStatus: string | number | null;
}

/** The encounter's fields as the panel's editable inputs; a sex the grouper does not take starts blank. */
export function demographicsOf(fields: Partial<EncounterGrouperFields>): GrouperDemographics {
  const sex = fields.sex === 'M' || fields.sex === 'F' || fields.sex === 'U' ? fields.sex : '';
  const status = fields.dischargeStatus != null ? String(fields.dischargeStatus).padStart(2, '0') : '';
  return { age: fields.age != null ? String(fields.age) : '', sex, dischargeStatus: status };
}

/** The panel's inputs as the save sends them (blank = not given). */
export function grouperInputsOf(d: GrouperDemographics): {
  age: number | null;
  sex: 'M' | 'F' | 'U' | null;
  dischargeStatus: number | null;
} {
  return {
    age: wholeNumber(d.age, 150),
    sex: d.sex === '' ? null : d.sex,
    dischargeStatus: wholeNumber(d.dischargeStatus, 99),
  };
}

export interface RegroupContext {
  dischargeDate: string;
  facility: string | null;
  billedDrg: string | null;
}

const POA = new Set(['Y', 'N', 'U', 'W', '1']);
type Poa = RegroupRequest['secondaries'][number]['poa'];

function wholeNumber(text: string, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= max ? value : null;
}

/**
 * The regroup call for the auditor's current lines: the first ICD-10-CM line is the principal (as on
 * save), the other diagnoses are secondaries with their POA, ICD-10-PCS lines the procedures.
 * Null while there is no diagnosis to group. A blank or unusable demographic is sent as missing, so
 * the grouper reports it instead of the screen guessing.
 */
export function regroupRequest(
  lines: readonly DraftLine[],
  context: RegroupContext,
  demographics: GrouperDemographics,
): RegroupRequest | null {
  const diagnoses = lines.filter((l) => l.system === 'ICD10CM' && l.code.trim() !== '');
  const [principal, ...secondaries] = diagnoses;
  if (!principal) return null;
  return {
    dischargeDate: context.dischargeDate,
    age: wholeNumber(demographics.age, 150),
    sex: demographics.sex === '' ? null : demographics.sex,
    dischargeStatus: wholeNumber(demographics.dischargeStatus, 99),
    principal: principal.code,
    secondaries: secondaries.map((l) => ({
      code: l.code,
      poa: l.poa !== null && POA.has(l.poa) ? (l.poa as Poa) : null,
    })),
    procedures: lines.filter((l) => l.system === 'ICD10PCS' && l.code.trim() !== '').map((l) => l.code),
    billedDrg: context.billedDrg && /^\d{1,3}$/.test(context.billedDrg) ? context.billedDrg : null,
    facility: context.facility,
  };
}

export interface SecondaryNote {
  /** The diagnosis as read, with its dot (E11.00). */
  code: string;
  text: string;
}

const USAGE_TEXT: Record<string, string> = {
  MCC_EXCLUDED: 'MCC excluded by the principal diagnosis',
  CC_EXCLUDED: 'CC excluded by the principal diagnosis',
  MCC_EXCLUDED_BY_DRG_LOGIC: 'MCC not counted by this DRG’s logic',
  CC_EXCLUDED_BY_DRG_LOGIC: 'CC not counted by this DRG’s logic',
};

/** What each secondary did to the DRG: the ones that made it "with MCC/CC", and the CC/MCCs that did not count and why. */
export function secondaryNotes(result: RegroupResponse): { drivers: SecondaryNote[]; excluded: SecondaryNote[] } {
  const drivers = result.secondaries
    .filter((s) => s.drives)
    .map((s) => ({
      code: displayCode('ICD10CM', s.code),
      text: `${s.usage === 'MCC' ? 'MCC' : 'CC'}: made it “with ${s.usage === 'MCC' ? 'MCC' : 'CC'}”`,
    }));
  const excluded = result.secondaries.flatMap((s) => {
    const text =
      USAGE_TEXT[s.usage] ??
      (s.severity !== 'NONE' && s.usage === 'NEITHER'
        ? `${s.severity} not counted (HAC, or died with an MCC-if-alive code)`
        : null);
    return text ? [{ code: displayCode('ICD10CM', s.code), text }] : [];
  });
  return { drivers, excluded };
}
