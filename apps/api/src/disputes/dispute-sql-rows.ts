import {
  AUDIT_CODE_SYSTEMS,
  ENCOUNTER_SETTINGS,
  FINDING_CATEGORIES,
  FINDING_STATUSES,
  REFERENCE_KINDS,
} from '@recode/contracts';
import { DISPUTE_ACTIONS } from '@recode/domain';
import { z } from 'zod';

// Named row shapes of the disputes module's raw SQL, checked at the boundary by database/sql.ts.

/** Findings a lapse took as agreed, per audit. */
export const LapsedRow = z.object({ auditId: z.string(), n: z.number() });

/** A code line as the claim view needs it (encounter_codes, or an item's stored auditor codes). */
export const ClaimLineRow = z.object({
  system: z.enum(AUDIT_CODE_SYSTEMS),
  code: z.string(),
  sequence: z.number(),
  principal: z.boolean(),
  poa: z.string().nullable().optional(),
  modifiers: z.array(z.string()).nullable().optional(),
});

/** The audited record behind a finding. */
export const FindingItemRow = z.object({
  versionId: z.string(),
  auditorCodes: z.array(ClaimLineRow.passthrough()).nullable(),
  setting: z.enum(ENCOUNTER_SETTINGS),
  fiscalYear: z.number(),
  encounterDate: z.string(),
});

const reference = z.object({ kind: z.enum(REFERENCE_KINDS), citation: z.string() }).nullable();

/** A dispute step as EVENT_JSON builds it (json_build_object: timestamps arrive as ISO text). */
export const RawEvent = z.object({
  id: z.string(),
  action: z.enum(DISPUTE_ACTIONS),
  fromStatus: z.enum(FINDING_STATUSES),
  toStatus: z.enum(FINDING_STATUSES),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string(),
  rationale: z.string().nullable(),
  reference,
  at: z.string(),
});
export type RawEvent = z.infer<typeof RawEvent>;
export const EventRow = z.object({ event: RawEvent });

/**
 * One finding with its people, deadline and last step (disputeRowsSql). Plain shapes only (no
 * transform): the CSV export checks the first row of each cursor batch and passes the rows on as they came.
 */
export const DisputeRow = z.object({
  findingId: z.string(),
  auditId: z.string(),
  auditName: z.string(),
  encounterExternalId: z.string(),
  encounterDate: z.string(),
  type: z.string(),
  category: z.enum(FINDING_CATEGORIES),
  system: z.string(),
  principal: z.boolean(),
  codeBefore: z.string().nullable(),
  codeAfter: z.string().nullable(),
  setting: z.string(),
  drgBefore: z.string().nullable(),
  drgAfter: z.string().nullable(),
  rootCause: z.string().nullable(),
  direction: z.string(),
  rationale: z.string().nullable(),
  reference,
  status: z.enum(FINDING_STATUSES),
  rebuttalDueAt: z.date().nullable(),
  coderId: z.string(),
  coderExternalId: z.string(),
  coderName: z.string(),
  coderTeamId: z.string().nullable(),
  auditorId: z.string().nullable(),
  auditorName: z.string().nullable(),
  escalated: z.boolean(),
  /** max(next_due_at): a timestamptz, so a Date from the driver. */
  escalationDueAt: z.date().nullable(),
  lastEvent: RawEvent.nullable(),
});
export type DisputeRow = z.infer<typeof DisputeRow>;

/** One ruling of the library's search page (rulings.service.ts); the filter keeps rationale non-null. */
export const RulingSearchRow = z.object({
  eventId: z.string(),
  findingId: z.string(),
  action: z.enum(DISPUTE_ACTIONS),
  stage: z.enum(['answer', 'ruling']),
  outcome: z.enum(FINDING_STATUSES),
  category: z.enum(FINDING_CATEGORIES),
  codeBefore: z.string().nullable(),
  codeAfter: z.string().nullable(),
  fiscalYear: z.number(),
  rationale: z.string(),
  reference,
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.date(),
  rank: z.number().nullable(),
  total: z.number(),
});

/** A coder as a person reference. */
export const CoderRefRow = z.object({
  id: z.string(),
  externalId: z.string(),
  displayName: z.string(),
  teamId: z.string().nullable(),
});

/** One month of a coder's own rollups (feedback.service.ts); the accuracy columns are double precision. */
export const FeedbackRollupRow = z.object({
  month: z.string(),
  population: z.number().nullable(),
  recordsReviewed: z.number(),
  codesReviewed: z.number(),
  codeAccuracy: z.number().nullable(),
  codeAccuracyLower: z.number().nullable(),
  codeAccuracyUpper: z.number().nullable(),
  recordAccuracy: z.number().nullable(),
  recordAccuracyLower: z.number().nullable(),
  recordAccuracyUpper: z.number().nullable(),
  preliminary: z.boolean(),
  categoryErrors: z.record(z.string(), z.number()).nullable(),
});
