/**
 * Disputes (rebuttals) of released findings, the rulings library and the coder's feedback summary.
 *
 * Endpoints (all under /api; errors are ErrorBody with the codes in DISPUTE_ERROR_CODES):
 *   GET  /disputes?view=awaiting|all           DisputeFindingDto[]   coder (own), auditor (own audits), supervisor (teams), admin
 *   GET  /findings/:id/dispute                 DisputeHistoryDto     same scope; out of scope → 404
 *   POST /findings/:id/dispute-steps           DisputeStepRequest → DisputeHistoryDto
 *   GET  /rulings?code=&category=&q=&page=     Page<RulingDto>       admin, supervisor, auditor
 *   GET  /feedback/summary                     FeedbackSummaryDto    coder (own only)
 */
import type { DisputeAction, FindingCategory, FindingStatus } from '@recode/domain';
import { z } from 'zod';
import { FINDING_CATEGORIES, type CoderRef, type PersonRef } from './audits/common';
import { findingReferenceSchema, type FindingReference } from './audits/review';

export type { DisputeAction };

/** The actions a person requests (the lapse is the job's). */
export const REQUESTABLE_DISPUTE_ACTIONS = [
  'agree',
  'dispute',
  'withdraw',
  'uphold',
  'escalate',
  'overturn',
  'accept',
] as const satisfies readonly DisputeAction[];
export type RequestableDisputeAction = (typeof REQUESTABLE_DISPUTE_ACTIONS)[number];

export const DISPUTE_ERROR_CODES = [
  'FINDING_NOT_FOUND',
  'DISPUTE_ILLEGAL_MOVE',
  'DISPUTE_NOT_YOUR_MOVE',
  'DISPUTE_RULER_IS_AUDITOR',
  'DISPUTE_ALREADY_ESCALATED',
  'DISPUTE_DEADLINE_PASSED',
  'DISPUTE_NOT_RELEASED',
] as const;
export type DisputeErrorCode = (typeof DISPUTE_ERROR_CODES)[number];

export const DISPUTE_NOTIFICATION_KINDS = [
  'dispute.opened',
  'dispute.answered',
  'dispute.escalated',
  'dispute.ruled',
] as const;

/** A reason is required for every action but `agree` and `accept`; a blank one is refused with details[].path = body.rationale. */
export const disputeStepRequestSchema = z
  .object({
    action: z.enum(REQUESTABLE_DISPUTE_ACTIONS),
    rationale: z.string().trim().max(4000).nullable().default(null),
    reference: findingReferenceSchema.nullable().default(null),
  })
  .superRefine((body, ctx) => {
    if (body.action !== 'agree' && body.action !== 'accept' && !body.rationale) {
      ctx.addIssue({ code: 'custom', path: ['rationale'], message: `a reason is required to ${body.action}` });
    }
  });
export type DisputeStepRequest = z.infer<typeof disputeStepRequestSchema>;

export const disputeListQuerySchema = z.object({ view: z.enum(['awaiting', 'all']).default('awaiting') });
export type DisputeListQuery = z.infer<typeof disputeListQuerySchema>;

export interface DisputeEventDto {
  id: string;
  action: DisputeAction;
  fromStatus: FindingStatus;
  toStatus: FindingStatus;
  actor: PersonRef | null;
  actorRole: string;
  rationale: string | null;
  reference: FindingReference | null;
  at: string;
}

/** A finding as the dispute screens show it: both codes, the auditor's reasoning, where it stands and what the caller may do. */
export interface DisputeFindingDto {
  findingId: string;
  auditId: string;
  auditName: string;
  encounterExternalId: string;
  encounterDate: string;
  /** The encounter's setting: outpatient and pro-fee diagnoses are "first-listed", not "principal". */
  setting: string;
  type: string;
  category: FindingCategory;
  system: string;
  principal: boolean;
  codeBefore: string | null;
  codeAfter: string | null;
  drgBefore: string | null;
  drgAfter: string | null;
  rootCause: string | null;
  direction: string;
  rationale: string | null;
  reference: FindingReference | null;
  status: FindingStatus;
  escalated: boolean;
  /** Until when the coder may agree, dispute or escalate. */
  coderDeadline: string | null;
  coder: CoderRef;
  auditor: PersonRef | null;
  lastEvent: DisputeEventDto | null;
  allowedActions: RequestableDisputeAction[];
}

/** One line of a claim as the coder and the auditor left it, for reading the finding in context. */
export interface ClaimLineDto {
  system: string;
  code: string;
  sequence: number;
  principal: boolean;
  poa: string | null;
  modifiers: string[];
  description: string | null;
}

export interface DisputeHistoryDto {
  finding: DisputeFindingDto;
  events: DisputeEventDto[];
  /** The whole claim: the coder's codes beside the auditor's final codes. */
  claim: { coderCodes: ClaimLineDto[]; auditorCodes: ClaimLineDto[] };
}

export const rulingsQuerySchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .transform((c) => c.replace('.', ''))
    .pipe(z.string().max(10))
    .optional(),
  category: z.enum(FINDING_CATEGORIES).optional(),
  q: z.string().trim().max(200).optional(),
  /** rulings: escalation rulings only (default); answers: auditors' answers too. */
  kind: z.enum(['rulings', 'answers', 'all']).default('all'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type RulingsQuery = z.infer<typeof rulingsQuerySchema>;

export interface RulingDto {
  eventId: string;
  findingId: string;
  action: DisputeAction;
  /** answer: the auditor's answer to a dispute; ruling: the ruling on an escalation. */
  stage: 'answer' | 'ruling';
  outcome: FindingStatus;
  category: FindingCategory;
  codeBefore: string | null;
  codeAfter: string | null;
  fiscalYear: number;
  rationale: string;
  reference: FindingReference | null;
  ruledBy: PersonRef | null;
  at: string;
  /** Full-text rank when q is given, else null. */
  rank: number | null;
}

export interface RateWithInterval {
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  /** How the interval was made, for the tooltip; absent on rows stored before the method was recorded. */
  method?: string;
}

export interface FeedbackMonthDto {
  month: string;
  recordsReviewed: number;
  codesReviewed: number;
  codeAccuracy: RateWithInterval;
  recordAccuracy: RateWithInterval;
  preliminary: boolean;
  /** The coder's encounters that month, which the month's sample stands for ("n of N reviewed"); null if unknown. */
  population?: number | null;
}

export interface FeedbackFocusDto {
  category: FindingCategory;
  errors: number;
  months: number;
}

export interface FeedbackSummaryDto {
  coder: CoderRef | null;
  months: FeedbackMonthDto[];
  /** Recurring error categories over the last `focusMonths` months, most errors first. */
  focus: FeedbackFocusDto[];
  focusMonths: number;
}
