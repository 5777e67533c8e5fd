import type { MappedRow, RawEncounterFields, RowIssue } from '../layouts/mapped-row';
import { bucketOf } from '../staging/bucket';
import type { CodeSetIndex } from './code-set-index';
import { checkCode } from './code-check';
import { EncounterCodeTracker } from './encounter-code-tracker';
import { checkEncounterFields, type CheckedEncounterFields, type FieldCheckDeps } from './encounter-fields-check';
import { KIND_RANK, type StagedCode, type StagedRow } from './staged';

export interface ValidatedRow {
  /** Null when the row cannot belong to any encounter (no key): it is only reported. */
  row: StagedRow | null;
  /** Same encounter fields as the previous row and nothing row-specific wrong: may share its staged row. */
  continuesRun: boolean;
  codes: StagedCode[];
  /** Write them once the encounter's rows have ended: a code's first report lists the later rows it is repeated on. */
  issues: RowIssue[];
}

const MAX_TEXT = 200;

/**
 * Validates rows one at a time against the code set of each row's own encounter date. Rows of one
 * encounter repeat its fields; when a row's fields equal the previous row's, the checks are reused
 * and their problems are reported once (on the encounter's first row), not on every row.
 * Every loaded year must be prepared (CodeSetIndex.prepareYear) before the first row.
 */
export class RowValidator {
  private lastRaw: RawEncounterFields | null = null;
  private lastFields: CheckedEncounterFields | null = null;
  private lastHadNoRowIssues = false;
  private readonly tracker = new EncounterCodeTracker();

  constructor(
    private readonly deps: FieldCheckDeps,
    private readonly bucketCount: number,
  ) {}

  get index(): CodeSetIndex {
    return this.deps.index;
  }

  validate(mapped: MappedRow): ValidatedRow {
    const { fields } = mapped;
    const repeated = this.lastFields !== null && this.lastRaw !== null && sameFields(this.lastRaw, fields);
    const checked = repeated ? (this.lastFields as CheckedEncounterFields) : checkEncounterFields(mapped, this.deps);
    this.lastRaw = fields;
    this.lastFields = checked;
    const issues: RowIssue[] = [...mapped.issues, ...(repeated ? [] : checked.issues)];
    const continuesRun = repeated && mapped.issues.length === 0 && this.lastHadNoRowIssues;
    this.lastHadNoRowIssues = mapped.issues.length === 0;
    if (!fields.externalId) return { row: null, codes: [], issues, continuesRun: false };

    const bucket = bucketOf(fields.source, fields.externalId, this.bucketCount);
    const row: StagedRow = {
      rowNo: mapped.rowNo,
      rowCount: 1,
      bucket,
      source: fields.source,
      externalId: fields.externalId.slice(0, MAX_TEXT),
      coderRef: fields.coder,
      coderId: checked.coderId,
      setting: checked.setting,
      facility: text(fields.facility),
      payer: text(fields.payer),
      admissionDate: checked.fatal ? null : checked.admissionDate,
      dischargeDate: checked.fatal ? null : checked.dischargeDate,
      serviceDate: checked.fatal ? null : checked.serviceDate,
      encounterDate: checked.encounterDate,
      fiscalYear: checked.fiscalYear,
      drg: checked.drg,
      charges: checked.charges,
      patientRef: text(fields.patientRef),
      age: checked.age,
      sex: checked.sex,
      dischargeStatus: checked.dischargeStatus,
      fatal: checked.fatal || mapped.issues.some((i) => i.severity === 'reject'),
      flags: [...checked.flags, ...mapped.issues.filter((i) => i.severity === 'flag').map((i) => i.code)],
    };
    // Codes are still checked on a rejected encounter when its year is known, so the report is complete.
    if (checked.fiscalYear === null || checked.setting === null || checked.encounterDate === null)
      return { row, codes: [], issues, continuesRun };
    const ctx = {
      index: this.deps.index,
      setting: checked.setting,
      fiscalYear: checked.fiscalYear,
      encounterDate: checked.encounterDate,
    };
    const codes: StagedCode[] = [];
    let dropped = false;
    this.tracker.enter(fields.source, fields.externalId);
    for (const raw of mapped.codes) {
      const result = checkCode(raw, ctx);
      // Already checked on an earlier row of this encounter: reported once there (the report lists this row too).
      const repeat = this.tracker.repeat(raw, mapped.rowNo);
      const duplicate =
        repeat || result.rejected
          ? undefined
          : this.tracker.duplicate(raw, result.system, result.code, fields.externalId);
      if (duplicate !== undefined) {
        if (duplicate) issues.push(duplicate);
        continue;
      }
      if (!repeat) {
        this.tracker.first(raw, mapped.rowNo, result.issues);
        issues.push(...result.issues);
      }
      if (result.rejected) {
        // Not stored, so its flag must travel with the row (which then cannot share a staged row).
        if (!row.flags.includes('CODE_MALFORMED')) row.flags.push('CODE_MALFORMED');
        dropped = true;
        continue;
      }
      codes.push({
        rowNo: mapped.rowNo,
        dedupe: raw.dedupe,
        kind: KIND_RANK[result.kind],
        system: result.system,
        code: result.code,
        seq: raw.seq,
        principal: raw.principal,
        poa: result.poa,
        modifiers: result.modifiers,
        units: result.units,
        line: raw.line,
        issue: result.issue,
      });
    }
    return { row, codes, issues, continuesRun: continuesRun && !dropped };
  }
}

function sameFields(a: RawEncounterFields, b: RawEncounterFields): boolean {
  return (
    a.externalId === b.externalId &&
    a.source === b.source &&
    a.coder === b.coder &&
    a.setting === b.setting &&
    a.admissionDate === b.admissionDate &&
    a.dischargeDate === b.dischargeDate &&
    a.serviceDate === b.serviceDate &&
    a.drg === b.drg &&
    a.charges === b.charges &&
    a.facility === b.facility &&
    a.payer === b.payer &&
    a.patientRef === b.patientRef &&
    a.age === b.age &&
    a.birthDate === b.birthDate &&
    a.sex === b.sex &&
    a.dischargeStatus === b.dischargeStatus
  );
}

function text(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed.slice(0, MAX_TEXT) : null;
}
