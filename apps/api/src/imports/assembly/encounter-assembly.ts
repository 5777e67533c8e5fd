import type { EncounterSettingCode, ImportLayout } from '@recode/contracts';
import type { StagedCode, StagedRow } from '../validation/staged';
import { contentHash } from './content-hash';

export interface AssembledCode extends StagedCode {
  position: number;
  sequence: number;
  principalFinal: boolean;
}

export interface Disagreement {
  field: string;
  values: [string, string];
  message: string;
}

export interface AssembledEncounter {
  source: string;
  externalId: string;
  firstRow: number;
  rowCount: number;
  /** Representative row: the fields every row agrees on (first non-empty value of each). */
  fields: Omit<StagedRow, 'rowNo' | 'rowCount' | 'fatal' | 'flags' | 'bucket'>;
  charges: string | null;
  fatal: boolean;
  disagreement: Disagreement | null;
  rowFlags: string[];
  codes: AssembledCode[];
  principalDiagnoses: number;
  flags: string[];
  hash: string;
}

type Attr =
  | 'coderRef'
  | 'facility'
  | 'payer'
  | 'admissionDate'
  | 'dischargeDate'
  | 'serviceDate'
  | 'encounterDate'
  | 'drg'
  | 'patientRef'
  | 'age'
  | 'sex'
  | 'dischargeStatus';
const ATTRS: readonly [Attr, string][] = [
  ['coderRef', 'the coder'],
  ['facility', 'the facility'],
  ['payer', 'the payer'],
  ['admissionDate', 'the admission date'],
  ['dischargeDate', 'the discharge date'],
  ['serviceDate', 'the service date'],
  ['encounterDate', 'the encounter date'],
  ['drg', 'the MS-DRG'],
  ['patientRef', 'the patient reference'],
  ['age', 'the age'],
  ['sex', 'the sex'],
  ['dischargeStatus', 'the discharge status'],
];

/**
 * Turns the rows of one encounter (in any order, from one or several runs of the file) into what is
 * stored: one set of fields, the codes de-duplicated and numbered, flags and the content hash.
 * Claim lines repeat the claim's diagnoses: a dedupe key keeps one per slot (from the first row).
 */
export function assembleEncounter(
  rows: readonly StagedRow[],
  codes: StagedCode[],
  layout: ImportLayout,
): AssembledEncounter {
  let first = rows[0];
  for (const r of rows) if (first && r.rowNo < first.rowNo) first = r;
  if (!first) throw new Error('an encounter needs at least one row');
  const fields = { ...first } as AssembledEncounter['fields'] & Partial<StagedRow>;
  // Rows of one run mostly share their fields: compare against the first row before collecting sets.
  const disagreement = rows.length === 1 ? null : mergeFields(rows, fields, first.externalId);
  if (rows.length > 1) {
    fields.coderId = rows.find((r) => r.coderId)?.coderId ?? null;
    fields.fiscalYear = rows.find((r) => r.fiscalYear !== null)?.fiscalYear ?? null;
  }
  const ordered = orderCodes(codes);
  let principalDiagnoses = 0;
  const flagSet = new Set<string>();
  let fatal = false;
  for (const r of rows) {
    fatal ||= r.fatal;
    for (const flag of r.flags) flagSet.add(flag);
  }
  const rowFlags = [...flagSet].sort();
  for (const c of ordered) {
    if (c.kind === 1 && c.principalFinal) principalDiagnoses += 1;
    if (c.issue) flagSet.add(c.issue);
  }
  if (principalDiagnoses !== 1)
    flagSet.add(principalDiagnoses === 0 ? 'PRINCIPAL_DX_MISSING' : 'PRINCIPAL_DX_MULTIPLE');
  const charges = totalCharges(rows, layout);
  const f = fields;
  const hashed: (string | number | null)[] = [
    f.coderId,
    f.setting,
    f.facility,
    f.payer,
    f.admissionDate,
    f.dischargeDate,
    f.serviceDate,
    f.drg,
    charges,
    f.patientRef,
  ];
  // The grouper's inputs join the hash only when given, so encounters imported before they existed keep their hash.
  if (f.age !== null || f.sex !== null || f.dischargeStatus !== null) hashed.push(f.age, f.sex, f.dischargeStatus);
  const hash = contentHash(
    hashed,
    ordered.map((c) => [c.system, c.code, c.sequence, c.principalFinal, c.poa, c.modifiers.join(' '), c.units, c.line]),
  );
  let rowCount = 0;
  for (const r of rows) rowCount += r.rowCount;
  return {
    source: first.source,
    externalId: first.externalId,
    firstRow: first.rowNo,
    rowCount,
    fields,
    charges,
    fatal,
    disagreement,
    rowFlags,
    codes: ordered,
    principalDiagnoses,
    flags: [...flagSet].sort(),
    hash,
  };
}

/** Sets each field to the value the rows agree on (the smallest when they do not) and reports the first disagreement. */
function mergeFields(
  rows: readonly StagedRow[],
  fields: Record<string, unknown>,
  externalId: string,
): Disagreement | null {
  let disagreement: Disagreement | null = null;
  for (const [attr, label] of ATTRS) {
    const values = [
      ...new Set(rows.map((r) => r[attr]).filter((v): v is string | number => v !== null && v !== '')),
    ].sort();
    fields[attr] = values[0] ?? null;
    if (values.length > 1 && !disagreement)
      disagreement = disagree(externalId, attr, label, String(values[0]), String(values[1]));
  }
  const settings = [...new Set(rows.map((r) => r.setting).filter((s): s is EncounterSettingCode => s !== null))];
  const bases = [...new Set(settings.map((s) => (s === 'ed' ? 'outpatient' : s)))].sort();
  if (bases.length > 1 && !disagreement)
    disagreement = disagree(externalId, 'setting', 'the setting', bases[0] as string, bases[1] as string);
  fields.setting =
    settings.includes('ed') && bases[0] === 'outpatient'
      ? 'ed'
      : ((bases[0] as EncounterSettingCode | undefined) ?? null);
  return disagreement;
}

/**
 * Diagnoses, then ICD-10-PCS, then service lines; within each by sequence given, then file order.
 * Numbers the codes in place (they belong to this encounter only).
 */
function orderCodes(codes: StagedCode[]): AssembledCode[] {
  let inRowOrder = true;
  for (let i = 1; i < codes.length && inRowOrder; i += 1)
    inRowOrder = (codes[i - 1] as StagedCode).rowNo <= (codes[i] as StagedCode).rowNo;
  const byRow = inRowOrder ? codes : [...codes].sort((a, b) => a.rowNo - b.rowNo);
  const seen = new Set<string>();
  const unique: StagedCode[] = [];
  for (const c of byRow) {
    if (seen.has(c.dedupe)) continue;
    seen.add(c.dedupe);
    unique.push(c);
  }
  unique.sort(
    (a, b) =>
      a.kind - b.kind ||
      (a.seq ?? Infinity) - (b.seq ?? Infinity) ||
      a.rowNo - b.rowNo ||
      (a.dedupe < b.dedupe ? -1 : a.dedupe > b.dedupe ? 1 : 0),
  );
  const perKind = [0, 0, 0, 0];
  const out = unique as AssembledCode[];
  out.forEach((c, i) => {
    const sequence = (perKind[c.kind] as number) + 1;
    perKind[c.kind] = sequence;
    c.position = i + 1;
    c.sequence = sequence;
    c.principalFinal = c.principal ?? (c.kind !== 3 && sequence === 1);
  });
  return out;
}

/** Claim lines each carry their own charge (summed); code lines repeat the encounter's total (taken once). In cents, to add exactly. */
function totalCharges(rows: readonly StagedRow[], layout: ImportLayout): string | null {
  const amounts = rows
    .filter((r) => r.charges !== null)
    .map((r) => ({ cents: Math.round(Number(r.charges) * 100), count: r.chargesAreTotal ? 1 : r.rowCount }));
  if (amounts.length === 0) return null;
  const cents =
    layout === 'claim-lines'
      ? amounts.reduce((sum, a) => sum + a.cents * a.count, 0)
      : Math.max(...amounts.map((a) => a.cents));
  return (cents / 100).toFixed(2);
}

function disagree(externalId: string, field: string, label: string, a: string, b: string): Disagreement {
  return {
    field,
    values: [a, b],
    message: `the rows of encounter ${externalId} disagree on ${label} (${a} on one row, ${b} on another); the encounter was not imported`,
  };
}
