import type { OperandState } from './formula';
import type { Claim } from './claim';
import type { GrouperTables } from './tables-types';
import type { GrouperHac } from './types';

/** POA values that make a hospital-acquired condition: N (not present) and U (documentation insufficient). */
const NOT_PRESENT = new Set(['N', 'U']);

function set(state: OperandState, id: number): void {
  if (id < 0) return;
  state.stamp[id] = state.generation;
  state.suppression[id] = 0;
}

/**
 * Hospital-acquired conditions: a secondary on a HAC list that was not present on admission (and, for some
 * HACs, a qualifying procedure or principal) meets the HAC's criteria; it then no longer counts as CC/MCC
 * for the final DRG. Marks the secondaries and returns the HACs met. Uses its own operand generation.
 */
export function evaluateHacs(tables: GrouperTables, claim: Claim, state: OperandState): GrouperHac[] {
  const candidates = claim.secondaries.filter(
    (s) => s.entry && s.entry.pattern.hacOperands.length > 0 && NOT_PRESENT.has(s.poa),
  );
  if (candidates.length === 0) return [];
  state.generation++;
  state.mdcBit = 0;
  const lookup = (name: string): number => tables.interner.lookup(name);
  for (const s of candidates) for (const op of s.entry?.pattern.hacOperands ?? []) set(state, lookup(`SDX:${op}`));
  // hac06_show and similar plain secondary attributes take part whatever their POA.
  for (const s of claim.secondaries)
    for (const a of s.entry?.pattern.attrs ?? []) if (a.startsWith('hac')) set(state, lookup(`SDX:${a}`));
  for (const op of claim.pdx.pattern.hacOperands) set(state, lookup(`PDX:${op}`));
  for (const p of claim.procedures) for (const op of p.hacOperands) set(state, lookup(op));
  const met: GrouperHac[] = [];
  for (const hac of tables.hacFormulas) {
    if (!hac.test(state)) continue;
    const suffix = String(hac.number).padStart(2, '0');
    const codes: string[] = [];
    for (const s of candidates) {
      const ops = s.entry?.pattern.hacOperands ?? [];
      if (ops.some((op) => op.toUpperCase() === `HAC${suffix}` || op === `hac${suffix}_sdx`)) {
        s.hacs.push(hac.number);
        codes.push(s.code);
      }
    }
    if (codes.length > 0) met.push({ number: hac.number, description: hac.description, codes });
  }
  return met;
}
