import type { Claim, ClaimSecondary } from './claim';
import type { GrouperTables, PrPattern } from './tables-types';
import type { GrouperInput, GrouperResult, GrouperReturnCode } from './types';

/** ICD-10 codes are compared without dots, spaces or case. */
export function normalizeGrouperCode(raw: string): string {
  // Most codes arrive clean (upper-case letters and digits): check before building a new string.
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return raw.replace(/[.\s]/g, '').toUpperCase();
  }
  return raw;
}

const STATUSES = new Set([
  1,
  2,
  3,
  4,
  5,
  6,
  7,
  20,
  21,
  30,
  43,
  50,
  51,
  61,
  62,
  63,
  64,
  65,
  66,
  69,
  70,
  ...Array.from({ length: 15 }, (_, i) => 81 + i),
]);

/** Whether a UB-04 patient status is one the grouper knows (others count as invalid). */
export function isGrouperDischargeStatus(status: number): boolean {
  return STATUSES.has(status);
}

/** Which of the grouper's demographic inputs the caller did not give. */
export function missingInputs(input: GrouperInput): string[] {
  const missing: string[] = [];
  if (input.age === null || input.age === undefined) missing.push('age');
  if (input.sex === null || input.sex === undefined || input.sex === '') missing.push('sex');
  if (input.dischargeStatus === null || input.dischargeStatus === undefined) missing.push('discharge status');
  if (!input.pdx || input.pdx.trim() === '') missing.push('principal diagnosis');
  return missing;
}

/** A result for a claim the grouper refuses (DRG 999 in MDC 0), with every secondary counted as neither. */
export function grouperRefusal(
  input: GrouperInput,
  version: string,
  returnCode: GrouperReturnCode,
  message: string,
): GrouperResult {
  return {
    version,
    initialDrg: 999,
    finalDrg: 999,
    initialMdc: 0,
    finalMdc: 0,
    returnCode,
    medSurg: 'NONE',
    severity: 'NONE',
    drgDescription: 'Ungroupable',
    secondaries: input.sdx.map((s) => ({
      code: normalizeGrouperCode(s.code),
      poa: (s.poa ?? 'Y').toUpperCase(),
      severity: 'NONE',
      usage: 'NEITHER',
      excludedByPrincipal: false,
      hacs: [],
    })),
    hacs: [],
    hacChangedDrg: false,
    message,
  };
}

export type PreparedClaim =
  { readonly ok: true; readonly claim: Claim } | { readonly ok: false; readonly result: GrouperResult };

/** Looks every code up and checks the demographic inputs, in the order the CMS grouper reports them. */
export function prepareClaim(input: GrouperInput, tables: GrouperTables): PreparedClaim {
  const refuse = (code: GrouperReturnCode, message: string): PreparedClaim => ({
    ok: false,
    result: grouperRefusal(input, tables.version, code, message),
  });
  const pdxCode = normalizeGrouperCode(input.pdx ?? '');
  const pdx = tables.dx.get(pdxCode);
  if (!pdx)
    return refuse(
      'INVALID_PDX',
      pdxCode === ''
        ? 'the principal diagnosis is missing'
        : `principal diagnosis ${pdxCode} is not in MS-DRG v${tables.version}`,
    );
  if (pdx.pattern.ecode)
    return refuse('DX_CANNOT_BE_PDX', `${pdxCode} (an external cause) cannot be the principal diagnosis`);
  const age = input.age;
  if (age === null || age === undefined || !Number.isInteger(age) || age < 0 || age > 124) {
    return refuse(
      'INVALID_AGE',
      age === null || age === undefined ? 'the age is missing' : `age ${age} is not 0 to 124`,
    );
  }
  const sexRaw = (input.sex ?? '').toString().trim().toUpperCase();
  const sex =
    sexRaw === 'M' || sexRaw === '1' || sexRaw === 'MALE'
      ? 1
      : sexRaw === 'F' || sexRaw === '2' || sexRaw === 'FEMALE'
        ? 2
        : 0;
  const bySex = tables.sexMdc.get(pdxCode);
  const sexMdc = bySex ? (sex === 1 ? bySex.male : sex === 2 ? bySex.female : -1) : -1;
  const status = input.dischargeStatus !== null && STATUSES.has(input.dischargeStatus) ? input.dischargeStatus : -1;
  const exclusions = tables.ccExclusions.get(pdxCode);
  const secondaries: ClaimSecondary[] = [];
  for (const s of input.sdx) {
    const code = normalizeGrouperCode(s.code);
    if (code === '') continue;
    const entry = tables.dx.get(code);
    const mccAlive = entry?.pattern.mccAlive ?? false;
    if (mccAlive && status < 0)
      return refuse(
        'INVALID_DISCHARGE_STATUS',
        `secondary ${code} is an MCC only if the patient was discharged alive, and the discharge status is missing or invalid`,
      );
    secondaries.push({
      code,
      poa: (s.poa ?? 'Y').toString().trim().toUpperCase() || 'Y',
      entry,
      excluded: exclusions?.has(code) ?? false,
      deathExcluded: mccAlive && status === 20,
      hacs: [],
    });
  }
  const procedures: PrPattern[] = [];
  const procedureCodes: string[] = [];
  for (const raw of input.procedures) {
    const code = normalizeGrouperCode(raw);
    const pattern = tables.pr.get(code);
    if (!pattern) continue;
    procedures.push(pattern);
    procedureCodes.push(code);
  }
  return {
    ok: true,
    claim: {
      pdx,
      pdxMdc: sexMdc >= 0 ? sexMdc : pdx.mdc,
      sexConflict: bySex !== undefined && sexMdc < 0,
      sexUnknown: sex === 0,
      dischargeStatus: status,
      secondaries,
      procedures,
      procedureCodes,
    },
  };
}
