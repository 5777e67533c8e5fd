import type { OperandState } from './formula';
import type { Claim, ClaimSecondary } from './claim';
import { fillOperands, operandState } from './claim';
import { evaluateHacs } from './hac';
import { prepareClaim } from './prepare';
import type { FormulaRow, GrouperTables } from './tables-types';
import type { DrgSeverity, GrouperInput, GrouperResult, GrouperReturnCode, SecondaryUsage } from './types';

const states = new WeakMap<GrouperTables, OperandState>();

interface Outcome {
  readonly drg: number;
  readonly mdc: number;
  readonly row: FormulaRow | null;
  readonly severity: number;
  readonly error: GrouperReturnCode | null;
}

function claimSeverity(claim: Claim, suppression: readonly string[], withHacs: boolean): number {
  let max = 0;
  for (const s of claim.secondaries) {
    if (!s.entry || s.excluded || s.deathExcluded || s.entry.severity <= max) continue;
    if (withHacs && s.hacs.length > 0) continue;
    if (suppression.length > 0 && s.entry.pattern.attrs.some((a) => suppression.includes(a))) continue;
    max = s.entry.severity;
  }
  return max;
}

/** The first true row of an MDC's logic; DRG-0 rows without a reroute are skipped unless they mark an error. */
function firstMatch(
  tables: GrouperTables,
  claim: Claim,
  state: OperandState,
  mdc: number,
  withHacs: boolean,
  base: number,
): { row: FormulaRow; severity: number } | null {
  state.mdcBit = mdc < 32 ? 1 << mdc : 0;
  for (const row of tables.formulas.get(mdc) ?? []) {
    state.severity = row.suppression.length > 0 ? claimSeverity(claim, row.suppression, withHacs) : base;
    if (!row.test(state)) continue;
    if (row.drg === 0 && row.rerouteMdc === 0 && row.error === null) continue;
    return { row, severity: state.severity };
  }
  return null;
}

function run(tables: GrouperTables, claim: Claim, state: OperandState, withHacs: boolean): Outcome {
  const base = claimSeverity(claim, [], withHacs);
  const match = (mdc: number): { row: FormulaRow; severity: number } | null =>
    firstMatch(tables, claim, state, mdc, withHacs, base);
  let mdc = claim.pdxMdc;
  let found = match(0);
  if (found && found.row.rerouteMdc !== 0 && found.row.error === null) {
    mdc = found.row.rerouteMdc;
    found = match(mdc);
  } else if (!found) {
    found = match(mdc);
  }
  if (found && found.row.rerouteMdc !== 0 && found.row.error === null) found = match(found.row.rerouteMdc);
  if (!found) return { drg: 999, mdc: 0, row: null, severity: base, error: 'UNGROUPABLE' };
  if (found.row.error) return { drg: 999, mdc: 0, row: null, severity: base, error: found.row.error };
  return { drg: found.row.drg, mdc, row: found.row, severity: found.severity, error: null };
}

function usage(s: ClaimSecondary, row: FormulaRow | null): SecondaryUsage {
  const severity = s.entry?.severity ?? 0;
  if (severity === 0 || s.deathExcluded || s.hacs.length > 0) return 'NEITHER';
  const level = severity === 2 ? 'MCC' : 'CC';
  if (s.excluded) return `${level}_EXCLUDED`;
  if (row && row.suppression.length > 0 && s.entry?.pattern.attrs.some((a) => row.suppression.includes(a)))
    return `${level}_EXCLUDED_BY_DRG_LOGIC`;
  return level;
}

const SEVERITY: readonly DrgSeverity[] = ['NON_CC', 'CC', 'MCC'];

/** Groups one claim with one version's tables, as the CMS MS-DRG grouper does. Never throws on bad input. */
export function group(input: GrouperInput, tables: GrouperTables): GrouperResult {
  const prepared = prepareClaim(input, tables);
  if (!prepared.ok) return prepared.result;
  const claim = prepared.claim;
  let state = states.get(tables);
  if (!state) {
    state = operandState(tables);
    states.set(tables, state);
  }
  fillOperands(tables, claim, state);
  const initial = run(tables, claim, state, false);
  const hacs = evaluateHacs(tables, claim, state);
  const final = hacs.length > 0 ? (fillOperands(tables, claim, state), run(tables, claim, state, true)) : initial;
  const info = tables.drgs.get(final.drg);
  const ok = final.error === null;
  const medSurg = ok ? (final.row?.type ?? 'NONE') : 'NONE';
  return {
    version: tables.version,
    initialDrg: initial.drg,
    finalDrg: final.drg,
    initialMdc: initial.mdc,
    finalMdc: final.mdc,
    returnCode: final.error ?? 'OK',
    medSurg,
    severity: medSurg === 'NONE' ? 'NONE' : SEVERITY[final.severity],
    drgDescription: info?.description ?? '',
    secondaries: claim.secondaries.map((s) => ({
      code: s.code,
      poa: s.poa,
      hacs: s.hacs,
      excludedByPrincipal: s.excluded,
      severity: s.entry?.severity === 2 ? 'MCC' : s.entry?.severity === 1 ? 'CC' : 'NONE',
      usage: ok ? usage(s, final.row) : 'NEITHER',
    })),
    hacs,
    hacChangedDrg: initial.drg !== final.drg,
    message: ok ? null : grouperErrorMessage(final.error ?? 'UNGROUPABLE'),
  };
}

export function grouperErrorMessage(code: GrouperReturnCode): string {
  switch (code) {
    case 'INVALID_DISCHARGE_STATUS':
      return 'the discharge status is missing or not a UB-04 patient status, and the DRG depends on it';
    case 'INVALID_SEX':
      return 'the sex is missing or unknown, and the principal diagnosis is grouped by sex';
    case 'INVALID_PDX':
      return 'the principal diagnosis is missing or not in this grouper version';
    case 'UNGROUPABLE':
      return 'no DRG logic of the MDC applies to these codes';
    default:
      return code;
  }
}
