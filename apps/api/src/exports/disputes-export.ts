import type { RulingsQuery } from '@recode/contracts';
import { coderDeadlineOf, type DisputeRow, rulingsFilter } from '../disputes';
import { type CsvColumn, dotted, settingLabel } from '../csv-export';
import type { RulingRow } from './export-rows';

const referenceText = (ref: { kind?: string; citation?: string } | null): string | null =>
  ref?.citation ? `${ref.kind ? `${ref.kind}: ` : ''}${ref.citation}` : null;

/** The disputes list, one finding per row, as the screen shows it (people by name, codes dotted beside the stored form). */
export const DISPUTE_COLUMNS: CsvColumn<DisputeRow>[] = [
  { header: 'finding_id', value: (r) => r.findingId },
  { header: 'audit_id', value: (r) => r.auditId },
  { header: 'audit', value: (r) => r.auditName },
  { header: 'encounter', value: (r) => r.encounterExternalId },
  { header: 'encounter_date', value: (r) => r.encounterDate },
  { header: 'setting', value: (r) => r.setting },
  { header: 'setting_label', value: (r) => settingLabel(r.setting) },
  { header: 'coder_id', value: (r) => r.coderId },
  { header: 'coder', value: (r) => r.coderExternalId },
  { header: 'coder_name', value: (r) => r.coderName },
  { header: 'auditor_id', value: (r) => r.auditorId },
  { header: 'auditor_name', value: (r) => r.auditorName },
  { header: 'type', value: (r) => r.type },
  { header: 'category', value: (r) => r.category },
  { header: 'system', value: (r) => r.system },
  { header: 'principal', value: (r) => r.principal },
  { header: 'code_before', value: (r) => r.codeBefore },
  { header: 'code_before_display', value: (r) => dotted(r.system, r.codeBefore) },
  { header: 'code_after', value: (r) => r.codeAfter },
  { header: 'code_after_display', value: (r) => dotted(r.system, r.codeAfter) },
  { header: 'drg_before', value: (r) => r.drgBefore },
  { header: 'drg_after', value: (r) => r.drgAfter },
  { header: 'root_cause', value: (r) => r.rootCause },
  { header: 'direction', value: (r) => r.direction },
  { header: 'status', value: (r) => r.status },
  { header: 'escalated', value: (r) => r.escalated },
  { header: 'coder_deadline', value: (r) => coderDeadlineOf(r)?.toISOString() ?? null },
  { header: 'last_action', value: (r) => r.lastEvent?.action ?? null },
  { header: 'last_action_by', value: (r) => r.lastEvent?.actorName ?? null },
  { header: 'last_action_at', value: (r) => (r.lastEvent ? new Date(r.lastEvent.at).toISOString() : null) },
  { header: 'rationale', value: (r) => r.rationale },
  { header: 'reference', value: (r) => referenceText(r.reference) },
];

/** The rulings library (organisation-wide precedent: no coder, no record, as on screen). */
export const RULING_COLUMNS: CsvColumn<RulingRow>[] = [
  { header: 'event_id', value: (r) => r.eventId },
  { header: 'finding_id', value: (r) => r.findingId },
  { header: 'stage', value: (r) => r.stage },
  { header: 'action', value: (r) => r.action },
  { header: 'outcome', value: (r) => r.outcome },
  { header: 'category', value: (r) => r.category },
  { header: 'system', value: (r) => r.system },
  { header: 'code_before', value: (r) => r.codeBefore },
  { header: 'code_before_display', value: (r) => dotted(r.system, r.codeBefore) },
  { header: 'code_after', value: (r) => r.codeAfter },
  { header: 'code_after_display', value: (r) => dotted(r.system, r.codeAfter) },
  { header: 'drg_before', value: (r) => r.drgBefore },
  { header: 'drg_after', value: (r) => r.drgAfter },
  { header: 'fiscal_year', value: (r) => r.fiscalYear },
  { header: 'ruled_by', value: (r) => r.actorName },
  { header: 'at', value: (r) => r.at },
  { header: 'rationale', value: (r) => r.rationale },
  { header: 'reference', value: (r) => referenceText(r.reference) },
];

/** The library's search without paging, in the screen's order (rank, then newest). */
export function rulingsExportSql(query: RulingsQuery): [string, unknown[]] {
  const params: unknown[] = [];
  const { where, rank } = rulingsFilter(query, params);
  return [
    `SELECT de.id AS "eventId", de.finding_id AS "findingId", de.action, CASE WHEN de.from_status = 'escalated' THEN 'ruling' ELSE 'answer' END AS stage,
            de.to_status AS outcome, f.category, f.system, f.code_before AS "codeBefore", f.code_after AS "codeAfter", f.drg_before AS "drgBefore",
            f.drg_after AS "drgAfter", f.fiscal_year AS "fiscalYear", de.rationale, de.reference, u.display_name AS "actorName", de.at
       FROM dispute_events de JOIN audit_findings f ON f.id = de.finding_id LEFT JOIN users u ON u.id = de.actor_id
      WHERE ${where}
      ORDER BY ${rank} DESC NULLS LAST, de.at DESC, de.id`,
    params,
  ];
}
