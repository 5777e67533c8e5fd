import type { OperandState } from './formula';
import type { DxEntry, GrouperTables, PrPattern } from './tables-types';

/** A secondary diagnosis as the grouper sees it. */
export interface ClaimSecondary {
  readonly code: string;
  readonly poa: string;
  readonly entry: DxEntry | undefined;
  readonly excluded: boolean;
  readonly deathExcluded: boolean;
  hacs: number[];
}

export interface Claim {
  readonly pdx: DxEntry;
  readonly pdxMdc: number;
  readonly sexConflict: boolean;
  readonly sexUnknown: boolean;
  /** -1 when missing or not a UB-04 status the grouper knows. */
  readonly dischargeStatus: number;
  readonly secondaries: readonly ClaimSecondary[];
  readonly procedures: readonly PrPattern[];
  /** Procedure codes in input order, beside `procedures` (undefined for unknown codes). */
  readonly procedureCodes: readonly string[];
}

const XFRNBA = new Set([2, 5, 66, 82, 85, 94]);

/** Per-version scratch arrays, reused claim after claim (grouping is synchronous). */
export function operandState(tables: GrouperTables): OperandState {
  return {
    stamp: new Int32Array(tables.interner.size),
    suppression: new Uint32Array(tables.interner.size),
    generation: 0,
    mdcBit: 0,
    severity: 0,
  };
}

function set(state: OperandState, id: number, suppression: number): void {
  if (id < 0) return;
  if (state.stamp[id] === state.generation) state.suppression[id] &= suppression;
  else {
    state.stamp[id] = state.generation;
    state.suppression[id] = suppression;
  }
}

/** Clusters whose every choice is among the claim's procedures: their components are suppressed in the cluster's MDCs. */
function clusters(tables: GrouperTables, codes: readonly string[], suppression: number[]): PrPattern[] {
  const found: PrPattern[] = [];
  const candidates = new Set<string>();
  for (const code of codes) for (const id of tables.prClusters.get(code) ?? []) candidates.add(id);
  for (const id of candidates) {
    const cluster = tables.clusters.get(id);
    if (!cluster) continue;
    const seen = new Set<number>();
    const chosen: number[] = [];
    for (let i = 0; i < codes.length; i++) {
      const choice = cluster.choiceOf.get(codes[i]);
      if (choice === undefined) continue;
      seen.add(choice);
      chosen.push(i);
      if (seen.size === cluster.choiceCount) {
        for (const index of chosen) suppression[index] |= cluster.suppressionBits;
        const pattern = tables.pr.get(id);
        if (pattern) found.push(pattern);
        break;
      }
    }
  }
  return found;
}

/** Sets every operand the claim makes true (everything but the severity, which depends on the formula). */
export function fillOperands(tables: GrouperTables, claim: Claim, state: OperandState): void {
  state.generation++;
  const named = tables.named;
  const on = (id: number): void => set(state, id, 0);
  let traumaSites = claim.pdx.pattern.traumaSites;
  let allIncident = claim.pdx.pattern.incident;
  for (const s of claim.secondaries) {
    if (!s.entry) continue;
    for (const id of s.entry.pattern.asSecondary) on(id);
    traumaSites |= s.entry.pattern.traumaSites;
    if (!s.entry.pattern.incident) allIncident = false;
  }
  const suppression = claim.procedures.map(() => 0);
  const clustered = clusters(tables, claim.procedureCodes, suppression);
  let bilateral = 0,
    vessels = 0,
    drugStents = 0,
    plainStents = 0;
  let sglant = 0,
    sglpost1 = 0,
    sglpost = 0,
    sglantsectX = 0;
  claim.procedures.forEach((p, i) => {
    for (const id of p.ids) set(state, id, suppression[i]);
    bilateral |= p.bilateral;
    vessels += p.vessels;
    if (p.drugStent) drugStents += p.stentWeight;
    if (p.plainStent) plainStents += p.stentWeight;
    sglant += p.sglantfuse;
    sglpost1 += p.sglpostfuse1;
    sglpost += p.sglpostfuse;
    sglantsectX += p.sglantsectXfuse;
  });
  for (const c of clustered) {
    for (const id of c.ids) on(id);
    bilateral |= c.bilateral;
    vessels += c.vessels;
  }
  for (const id of claim.pdx.pattern.asPrincipal) on(id);
  if (allIncident) on(named['ONLY:incident']);
  if (claim.sexUnknown && claim.sexConflict) on(named.INVALID_SEX);
  if (claim.pdxMdc === 20) on(named.MDC_20_FALL_THRU);
  const status = claim.dischargeStatus;
  if (status !== 20) on(named.ALIVE);
  if (status === 20) on(named.DIED);
  if (status === 7) on(named.AMA);
  if (status < 0) on(named.INVALID_DSTAT);
  if (XFRNBA.has(status)) on(named.XFRNBA);
  on(named.ANYDX);
  let sites = 0;
  for (let bits = traumaSites; bits; bits &= bits - 1) sites++;
  if (sites >= 2) on(named.MULTST);
  let joints = 0;
  for (let bits = bilateral; bits; bits &= bits - 1) joints++;
  if (joints > 1) on(named.BILATERAL);
  if (plainStents >= 4) on(named.FOUR_NON_DRUG_ELUTING_STENTS);
  if (drugStents >= 4) on(named.FOUR_DRUG_ELUTING_STENTS);
  if (vessels >= 4) on(named.FOUR_VESSELS);
  if (drugStents + plainStents >= 4) on(named.FOUR_STENTS);
  if (sglant + sglpost1 > 1) on(named.MULTFUSE);
  if (sglantsectX > 1) on(named.SGLANTSECTXCTR);
  if (sglpost > 1) on(named.SGLPOSTFUSECTR);
  if (sglant + sglpost >= 3) on(named.SINGLEFUSIONCTR);
  if (sglant >= 2) on(named.SGLANTCTR);
  if (sglpost1 >= 2) on(named.SGLPOST1CTR);
}
