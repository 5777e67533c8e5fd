import { normalizeCode } from '@recode/domain';
import type { RawCode, RowIssue } from '../layouts/mapped-row';

/** Rows listed in a repeated problem's message; beyond that it says how many more. */
const MAX_ROWS_LISTED = 20;

interface FirstReport {
  issues: RowIssue[];
  baseMessages: string[];
  rows: number[];
}

/**
 * Remembers, for the encounter whose rows are being read, each code it has seen, so that:
 * - a code repeated in the same slot on later rows (claim lines repeat the claim's diagnoses) is
 *   reported once, on its first row, with every row it appears on;
 * - the same diagnosis or procedure code listed twice (two slots, two rows) is a warning and stored once.
 * The caller writes a row's issues only when the encounter's rows end, so the first report can still grow.
 */
export class EncounterCodeTracker {
  private encounter = '';
  private readonly bySlot = new Map<string, FirstReport>();
  private readonly byCode = new Map<string, string>();
  private readonly warned = new Set<string>();

  /** Starts a new encounter when the key changes. */
  enter(source: string, externalId: string): void {
    const key = `${source}\u0000${externalId}`;
    if (key === this.encounter) return;
    this.encounter = key;
    this.bySlot.clear();
    this.byCode.clear();
    this.warned.clear();
  }

  /** True when this code, in this slot, was already checked on an earlier row of the encounter (the row is added to that report). */
  repeat(raw: RawCode, rowNo: number): boolean {
    const first = this.bySlot.get(slotKey(raw));
    if (!first) return false;
    if (!first.rows.includes(rowNo)) first.rows.push(rowNo);
    first.issues.forEach((issue, i) => {
      issue.message = `${first.baseMessages[i]} (rows ${listRows(first.rows)})`;
    });
    return true;
  }

  /** Records the first check of a code in its slot, with the issues it raised (kept by reference to be amended). */
  first(raw: RawCode, rowNo: number, issues: RowIssue[]): void {
    this.bySlot.set(slotKey(raw), { issues, baseMessages: issues.map((i) => i.message), rows: [rowNo] });
  }

  /**
   * A diagnosis already listed in another slot: answers the warning to report (once per pair of
   * slots; null after that), or undefined when it is the first listing. Procedures and service lines
   * may be done, and coded, more than once.
   */
  duplicate(raw: RawCode, system: string, code: string, encounterRef: string): RowIssue | null | undefined {
    if (raw.kind !== 'dx') return undefined;
    const key = `${system}:${code}`;
    const slot = this.byCode.get(key);
    if (slot === undefined) {
      this.byCode.set(key, raw.field || raw.dedupe);
      return undefined;
    }
    const pair = `${key}|${raw.dedupe}`;
    if (this.warned.has(pair)) return null;
    this.warned.add(pair);
    const where = raw.field && raw.field !== slot ? ` (${slot} and ${raw.field})` : '';
    return {
      field: raw.field,
      value: raw.code.slice(0, 100),
      code: 'CODE_DUPLICATE',
      severity: 'warning',
      message: `${code} is listed twice for encounter ${encounterRef.slice(0, 100)}${where}; it was stored once`,
    };
  }
}

function slotKey(raw: RawCode): string {
  return `${raw.dedupe}\u0000${normalizeCode(raw.code)}`;
}

function listRows(rows: readonly number[]): string {
  const shown = rows.slice(0, MAX_ROWS_LISTED).join(', ');
  return rows.length > MAX_ROWS_LISTED ? `${shown} and ${rows.length - MAX_ROWS_LISTED} more` : shown;
}
