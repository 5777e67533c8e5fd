import type { DrgDto, EncounterSettingCode, FindingClassification } from '@recode/contracts';
import { deriveFindings, keyFindings, drgPaymentDelta, type AuditCodeLine, type FindingDraft } from '@recode/domain';
import type { EntityManager } from 'typeorm';
import { execute, selectRows } from '../../database/sql';
import type { StoredCodeLine } from '../entities/audit-item.entity';
import { type FindingRow, UPSERT_FINDINGS_SQL } from './finding-upsert';
import { StoredClassificationRow } from './review-rows';

export interface RecordForFindings {
  auditId: string;
  itemId: string;
  coderId: string;
  setting: EncounterSettingCode;
  fiscalYear: number;
  coderCodes: readonly StoredCodeLine[];
  auditorCodes: readonly StoredCodeLine[];
  coderDrg: DrgDto | null;
  auditorDrg: DrgDto | null;
  baseRate: number;
  /** How the auditor's DRG was reached, carried by the DRG finding. */
  drgSource?: 'grouper' | 'override' | 'billed' | null;
  drgDrivers?: readonly string[];
  drgOverrideReason?: string | null;
}

export interface KeyedDraft {
  key: string;
  draft: FindingDraft;
}

const toLine = (l: StoredCodeLine): AuditCodeLine => ({
  system: l.system,
  code: l.code,
  sequence: l.sequence,
  principal: l.principal,
  poa: l.poa,
  modifiers: l.modifiers,
  units: l.units ?? undefined,
});

/** Findings of a record with their keys: "type|system|before|after", and "#2"… for a repeat (e.g. two lines of one code). */
export function keyedFindings(
  record: Omit<RecordForFindings, 'auditId' | 'itemId' | 'coderId' | 'fiscalYear' | 'baseRate'>,
): KeyedDraft[] {
  const drafts = deriveFindings({
    setting: record.setting,
    coderCodes: record.coderCodes.map(toLine),
    auditorCodes: record.auditorCodes.map(toLine),
    coderDrg: record.coderDrg?.drg ?? null,
    auditorDrg: record.auditorDrg?.drg ?? null,
    drgWeightBefore: record.coderDrg?.weight ?? null,
    drgWeightAfter: record.auditorDrg?.weight ?? null,
  });
  return keyFindings(drafts);
}

/**
 * Replaces an item's findings with those derived now, in two statements. A finding whose key survives
 * keeps its id and classification (unless `classifications` gives a new one); vanished ones are deleted.
 * The DRG finding carries the payment: Δweight × the facility's base rate (drgPaymentDelta).
 */
export async function syncFindings(
  m: EntityManager,
  record: RecordForFindings,
  keyed: readonly KeyedDraft[],
  classifications: ReadonlyMap<string, FindingClassification>,
): Promise<void> {
  const existing = await selectRows(
    m,
    StoredClassificationRow,
    'SELECT key, root_cause AS "rootCause", impact, direction, rationale, reference FROM audit_findings WHERE item_id = $1',
    [record.itemId],
  );
  const before = new Map(existing.map((e) => [e.key, e]));
  const rows = keyed.map(({ key, draft }, index): FindingRow => {
    const given = classifications.get(key) ?? before.get(key);
    const payment =
      draft.type === 'drg_changed' && draft.weightBefore != null && draft.weightAfter != null
        ? drgPaymentDelta(draft.weightBefore, draft.weightAfter, record.baseRate)
        : null;
    return {
      key,
      ordinal: index + 1,
      type: draft.type,
      category: draft.category,
      system: draft.system,
      code_before: draft.codeBefore,
      code_after: draft.codeAfter,
      principal: draft.principal,
      poa_before: draft.poaBefore ?? null,
      poa_after: draft.poaAfter ?? null,
      modifiers_before: draft.modifiersBefore ?? null,
      modifiers_after: draft.modifiersAfter ?? null,
      units_before: draft.unitsBefore ?? null,
      units_after: draft.unitsAfter ?? null,
      suggested_direction: draft.suggestedDirection,
      root_cause: given?.rootCause ?? null,
      impact: given?.impact ?? null,
      direction: given?.direction ?? draft.suggestedDirection,
      rationale: given?.rationale ?? null,
      reference: given?.reference ?? null,
      drg_before: draft.type === 'drg_changed' ? draft.codeBefore : null,
      drg_after: draft.type === 'drg_changed' ? draft.codeAfter : null,
      weight_before: draft.weightBefore ?? null,
      weight_after: draft.weightAfter ?? null,
      weight_delta: payment?.weightDelta ?? null,
      payment_delta: payment?.amount ?? null,
      base_rate: payment ? record.baseRate : null,
      ...drgOrigin(draft.type === 'drg_changed', record),
    };
  });
  await execute(m, 'DELETE FROM audit_findings WHERE item_id = $1 AND NOT (key = ANY($2::text[]))', [
    record.itemId,
    rows.map((r) => r.key),
  ]);
  if (rows.length === 0) return;
  await execute(m, UPSERT_FINDINGS_SQL, [
    record.auditId,
    record.itemId,
    record.coderId,
    record.fiscalYear,
    JSON.stringify(rows),
  ]);
}

/** The DRG finding's origin: regrouped (with the CC/MCC that drove it) or overridden (with the reason). */
function drgOrigin(
  isDrg: boolean,
  record: RecordForFindings,
): { drg_source: string | null; drg_drivers: string[] | null; drg_override_reason: string | null } {
  if (!isDrg || (record.drgSource !== 'grouper' && record.drgSource !== 'override'))
    return { drg_source: null, drg_drivers: null, drg_override_reason: null };
  return {
    drg_source: record.drgSource,
    drg_drivers: record.drgSource === 'grouper' ? [...(record.drgDrivers ?? [])] : null,
    drg_override_reason: record.drgSource === 'override' ? (record.drgOverrideReason ?? null) : null,
  };
}
