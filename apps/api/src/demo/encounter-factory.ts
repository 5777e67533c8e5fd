import type { EncounterSettingCode } from '@recode/contracts';
import { fiscalYearOf } from '@recode/domain';
import {
  conflictingDiagnoses,
  EM_CODES,
  FACILITIES,
  HOSPITALS,
  PAYERS,
  VISITS,
  type ServiceLine,
} from './demo-catalog';
import type { DemoCodeSets } from './demo-code-sets';
import { dx, type DemoCode, type DemoEncounter } from './demo-encounter';
import type { DemoRandom } from './demo-random';

const FIRST_DAY = Date.UTC(2024, 9, 1); // FY2025 starts 2024-10-01; two fiscal years of dates
/** Encounter dates are day 0 … DEMO_DAYS − 1 from 2024-10-01 (discharge or service date). */
export const DEMO_DAYS = 730;
const BASE_RATE = 14_500;
const EM_LEVEL_WEIGHTS: Readonly<Record<string, readonly number[]>> = {
  ed: [5, 15, 35, 30, 15],
  office: [10, 40, 35, 15],
  hospital: [25, 50, 25],
};

export const isoDay = (offset: number): string => new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10);

/** A correctly coded encounter (the truth an auditor would reach); coding errors are applied afterwards. */
export function makeEncounter(
  rng: DemoRandom,
  sets: DemoCodeSets,
  externalId: string,
  coder: string,
  setting: EncounterSettingCode,
  day: number,
): DemoEncounter {
  const facility = rng.pick(setting === 'inpatient' || setting === 'ed' ? HOSPITALS : FACILITIES);
  const base = {
    externalId,
    coder,
    setting,
    facility,
    payer: rng.pick(PAYERS),
    admissionDate: '',
    dischargeDate: '',
    serviceDate: '',
    drg: '',
  };
  if (setting === 'inpatient') return inpatient(rng, sets, base, day);
  const date = isoDay(day);
  const template = rng.weighted(
    VISITS[setting === 'outpatient' ? 'outpatient' : setting === 'ed' ? 'ed' : 'profee'].map((v) => ({
      item: v,
      weight: v.weight,
    })),
  );
  const codes: DemoCode[] = template.diagnoses.map((code, i) => dx(code, i === 0));
  // Chronic conditions documented at the visit are coded too (and make the record longer to audit).
  for (const extra of rng.sample(sets.chronic, rng.between(setting === 'ed' ? 1 : 2, 6))) {
    if (!codes.some((c) => conflictingDiagnoses(c.code, extra))) codes.push(dx(extra, false));
  }
  let charges = 0;
  let line = 0;
  if (template.em) {
    const family = template.em === 'ed' ? 'ed' : template.em === 'hospital-initial' ? 'hospital' : 'office';
    const weights = EM_LEVEL_WEIGHTS[family] as readonly number[];
    const level = rng.weighted(weights.map((weight, i) => ({ item: i, weight })));
    const procedureSameDay = template.lines.some(isProcedure);
    line += 1;
    codes.push({
      system: 'CPT',
      code: EM_CODES[template.em][level] as string,
      principal: false,
      poa: '',
      modifiers: procedureSameDay ? ['25'] : [],
      units: 1,
      line,
    });
    charges += (family === 'ed' ? 180 : 95) * (level + 1);
  }
  for (const service of template.lines) {
    line += 1;
    codes.push({
      system: service.system,
      code: service.code,
      principal: false,
      poa: '',
      modifiers: [...(service.modifiers ?? [])],
      units: service.units ?? 1,
      line,
    });
    charges += service.charge;
  }
  return {
    ...base,
    serviceDate: date,
    fiscalYear: fiscalYearOf(date),
    charges: (charges * (0.9 + 0.2 * rng.float())).toFixed(2),
    codes,
  };
}

function inpatient(
  rng: DemoRandom,
  sets: DemoCodeSets,
  base: Omit<DemoEncounter, 'fiscalYear' | 'charges' | 'codes'>,
  day: number,
): DemoEncounter {
  const c = rng.weighted(sets.cases.map((item) => ({ item, weight: item.weight })));
  const roll = rng.float();
  const discharge = isoDay(day);
  const fiscalYear = fiscalYearOf(discharge);
  const poaOf = (code: string, maybeAcquired: boolean): string =>
    sets.isPoaExempt(fiscalYear, code) ? '' : maybeAcquired && rng.chance(0.15) ? 'N' : 'Y';
  const codes: DemoCode[] = [dx(c.principal, true, poaOf(c.principal, false))];
  const fits = (code: string): boolean => !codes.some((x) => conflictingDiagnoses(x.code, code));
  const add = (code: string, severity?: 'mcc' | 'cc'): boolean => {
    if (!fits(code)) return false;
    codes.push({ ...dx(code, false, poaOf(code, severity !== undefined)), ...(severity ? { severity } : {}) });
    return true;
  };
  const addOneOf = (candidates: readonly string[], severity: 'mcc' | 'cc'): boolean => {
    const fitting = candidates.filter(fits);
    return fitting.length > 0 && add(rng.pick(fitting), severity);
  };
  // The DRG's severity level follows the secondaries actually coded, so the truth is self-consistent.
  let level: 'mcc' | 'cc' | 'none' = 'none';
  if (roll < 0.2 && addOneOf(sets.mcc, 'mcc')) level = 'mcc';
  if (
    ((roll >= 0.2 && roll < 0.5) || (level === 'mcc' && rng.chance(0.5))) &&
    addOneOf(sets.cc, 'cc') &&
    level === 'none'
  )
    level = 'cc';
  for (const code of rng.sample(sets.chronic, rng.between(4, 14))) add(code);
  c.procedures.forEach((code, i) =>
    codes.push({ system: 'ICD10PCS', code, principal: i === 0, poa: '', modifiers: [], units: null, line: null }),
  );
  const stay = level === 'mcc' ? rng.between(4, 9) : level === 'cc' ? rng.between(3, 6) : rng.between(1, 4);
  const drg = c.drg[level];
  const charges = (sets.drgWeight(fiscalYear, drg) * BASE_RATE * (0.85 + 0.4 * rng.float())).toFixed(2);
  return { ...base, admissionDate: isoDay(day - stay), dischargeDate: discharge, fiscalYear, drg, charges, codes };
}

/** Surgical-range CPT (10004–69990) or an injection: an E/M on the same day then needs modifier 25. */
function isProcedure(line: ServiceLine): boolean {
  return line.code === '96372' || (line.system === 'CPT' && /^[1-6]\d{4}$/.test(line.code));
}
