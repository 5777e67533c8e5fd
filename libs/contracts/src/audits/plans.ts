import { z } from 'zod';
import { ENCOUNTER_SETTINGS } from '../encounters';
import type { PersonRef } from './common';
import { checkRatStatsPlan, RATSTATS_FRAME_ORDERS } from './ratstats-plan';

const uuid = z.string().uuid();
const isoDate = z.iso.date('must be a date in the form YYYY-MM-DD');
/** Sizes arrive as JSON numbers; "-3", 2.5 or "ten" are refused with a message naming the field. */
const wholeSize = z
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(100_000);

/**
 * Which encounters an audit may draw from. Dates bound the encounter date (discharge for inpatient).
 * A scheduled plan uses `relativePeriod`, resolved to dates when each run starts (and stored with it).
 */
export const planScopeSchema = z
  .object({
    dateFrom: isoDate.optional(),
    dateTo: isoDate.optional(),
    relativePeriod: z.enum(['previous_week', 'previous_month', 'previous_quarter']).optional(),
    facilities: z.array(z.string().trim().min(1).max(64)).max(100).optional(),
    settings: z.array(z.enum(ENCOUNTER_SETTINGS)).max(4).optional(),
    /** Supervisors: a subset of their teams; empty or absent = all of their teams. */
    teamIds: z.array(uuid).max(50).optional(),
    coderIds: z.array(uuid).max(500).optional(),
    payers: z.array(z.string().trim().min(1).max(64)).max(100).optional(),
    flaggedOnly: z.boolean().optional(),
  })
  .strict()
  .refine((s) => !(s.relativePeriod && (s.dateFrom || s.dateTo)), {
    path: ['relativePeriod'],
    message: 'give either dates or a relative period, not both',
  })
  .refine((s) => !(s.dateFrom && s.dateTo && s.dateFrom > s.dateTo), {
    path: ['dateTo'],
    message: 'must not be before dateFrom',
  });
export type PlanScope = z.infer<typeof planScopeSchema>;

/** Stratified methods stratify by coder. `fixedPerCoder` is the "probe": n from every coder (all of a coder's when fewer). */
export const planMethodSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('simpleRandom'), sampleSize: wholeSize }),
  z.object({ type: z.literal('fixedPerCoder'), perCoder: wholeSize }),
  z.object({ type: z.literal('proportional'), sampleSize: wholeSize }),
  z.object({
    type: z.literal('percentage'),
    percent: z.number({ error: 'must be a number' }).gt(0, 'must be more than 0').max(100, 'must be at most 100'),
    per: z.enum(['overall', 'coder']).default('overall'),
  }),
  /** Unrestricted, as RAT-STATS draws it: the frame numbered 1..N in `frameOrder`, numbers from the plan's seed. */
  z.object({
    type: z.literal('ratstats'),
    sampleSize: wholeSize,
    frameOrder: z.enum(RATSTATS_FRAME_ORDERS).default('externalId'),
  }),
]);
export type PlanMethod = z.infer<typeof planMethodSchema>;
export type PlanMethodType = PlanMethod['type'];

/** Risk-based targeting. Coder lists (new coders, coders under target) are resolved when a run starts and frozen into the audit. */
export const targetingRuleInputSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('drgWeightAbove'), weight: z.number().min(0).max(100) }),
  z.object({
    type: z.literal('drgIn'),
    drgs: z
      .array(
        z
          .string()
          .trim()
          .regex(/^\d{1,3}$/, 'must be a DRG number such as 291'),
      )
      .min(1)
      .max(500),
  }),
  z.object({
    type: z.literal('codeIn'),
    codes: z.array(z.string().trim().min(1).max(16)).min(1).max(500),
    match: z.enum(['exact', 'prefix']).default('exact'),
  }),
  z.object({ type: z.literal('flaggedAtImport') }),
  /** Inpatient encounters whose billed MS-DRG is not the one the grouper gave at import. */
  z.object({ type: z.literal('drgDiffersFromGrouper') }),
  /** Coders whose start date lies within the last N days. */
  z.object({ type: z.literal('newCoders'), startedWithinDays: z.number().int().min(1).max(3650).default(90) }),
  /** Coders whose code accuracy over the last N months of rollups is below the target. */
  z.object({
    type: z.literal('codersBelowTarget'),
    target: z.number().gt(0).lt(1).default(0.95),
    lookbackMonths: z.number().int().min(1).max(24).default(3),
  }),
]);
export type TargetingRuleInput = z.infer<typeof targetingRuleInputSchema>;

export const planRulesSchema = z.object({
  combine: z.enum(['all', 'any']).default('any'),
  rules: z.array(targetingRuleInputSchema).min(1, 'give at least one rule, or leave rules out').max(20),
});
export type PlanRules = z.infer<typeof planRulesSchema>;

/** Runs in UTC. Monthly runs stop at day 28 so every month has one. */
export const planScheduleSchema = z.discriminatedUnion('frequency', [
  z.object({
    frequency: z.literal('weekly'),
    dayOfWeek: z.number().int().min(0).max(6),
    hour: z.number().int().min(0).max(23).default(6),
  }),
  z.object({
    frequency: z.literal('monthly'),
    dayOfMonth: z.number().int().min(1).max(28),
    hour: z.number().int().min(0).max(23).default(6),
  }),
]);
export type PlanSchedule = z.infer<typeof planScheduleSchema>;

/**
 * A seed is text (a number is kept as its digits: 42 ≡ "42", and a RAT-STATS seed 4967669.23 ≡ "4967669.23");
 * absent → one is generated at each run and stored.
 */
export const seedSchema = z
  .union([z.string(), z.number().min(0).max(Number.MAX_SAFE_INTEGER)])
  .transform((seed) => String(seed))
  .pipe(
    z
      .string()
      .min(1)
      .max(64)
      .regex(/^\S(.*\S)?$/, 'must not start or end with a space'),
  );

export const planFieldsSchema = z.object({
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().max(2000).nullable().default(null),
  scope: planScopeSchema.default({}),
  method: planMethodSchema,
  rules: planRulesSchema.nullable().default(null),
  seed: seedSchema.nullable().default(null),
  spares: z.number().int('must be a whole number').min(0, 'must be 0 or more').max(100).default(0),
  /** Encounters audited in the last N days are left out of the frame; null → the admin setting. */
  exclusionWindowDays: z.number().int().min(0).max(3650).nullable().default(null),
  /** Items are due this many days after sampling; null → the admin setting. */
  dueInDays: z.number().int().min(1).max(180).nullable().default(null),
  /** Restrict assignment to these auditors; empty → every active auditor. */
  auditorIds: z.array(uuid).max(100).default([]),
  schedule: planScheduleSchema.nullable().default(null),
});

const noFixedDatesWhenScheduled = {
  check: (p: { schedule: unknown; scope: PlanScope }): boolean =>
    p.schedule === null || (p.scope.dateFrom === undefined && p.scope.dateTo === undefined),
  params: { path: ['schedule'], message: 'a scheduled plan needs scope.relativePeriod instead of fixed dates' },
};

export const createPlanRequestSchema = planFieldsSchema
  .refine(noFixedDatesWhenScheduled.check, noFixedDatesWhenScheduled.params)
  .superRefine(checkRatStatsPlan);
export type CreatePlanRequest = z.infer<typeof createPlanRequestSchema>;
export type CreatePlanInput = z.input<typeof createPlanRequestSchema>;

/** PUT replaces the plan's fields; `version` is the plan version the editor started from. */
export const updatePlanRequestSchema = planFieldsSchema
  .extend({ version: z.number().int().min(1) })
  .refine(noFixedDatesWhenScheduled.check, noFixedDatesWhenScheduled.params)
  .superRefine(checkRatStatsPlan);
export type UpdatePlanRequest = z.infer<typeof updatePlanRequestSchema>;

/** Preview an unsaved plan (same body as create). */
export const previewPlanRequestSchema = planFieldsSchema.partial({ name: true }).superRefine(checkRatStatsPlan);
export type PreviewPlanRequest = z.infer<typeof previewPlanRequestSchema>;

export const runPlanRequestSchema = z.object({
  /** Overrides the plan's seed for this run only (e.g. to redraw a government sample). */
  seed: seedSchema.optional(),
  name: z.string().trim().min(1).max(120).optional(),
});
export type RunPlanRequest = z.infer<typeof runPlanRequestSchema>;

export interface AuditPlanDto {
  id: string;
  version: number;
  name: string;
  description: string | null;
  teamIds: string[];
  scope: PlanScope;
  method: PlanMethod;
  rules: PlanRules | null;
  seed: string | null;
  spares: number;
  exclusionWindowDays: number | null;
  dueInDays: number | null;
  auditorIds: string[];
  schedule: PlanSchedule | null;
  /** The cron pattern (UTC) BullMQ runs the schedule with; null when unscheduled. */
  schedulePattern: string | null;
  archived: boolean;
  createdBy: PersonRef | null;
  createdAt: string;
  updatedAt: string;
  lastAuditId: string | null;
}

export interface CoderPreviewDto {
  coderId: string;
  externalId: string;
  displayName: string;
  frameSize: number;
  /** Exact for stratified plans; otherwise the expected (mean) count, usually fractional. */
  expectedSampleSize: number;
  exact: boolean;
}

export interface PlanPreviewDto {
  /** Eligible encounters: scope − recently audited − not matching the rules. */
  frameSize: number;
  scopeSize: number;
  excludedCount: number;
  filteredOutCount: number;
  sampleSize: number;
  spareCount: number;
  exclusionWindowDays: number;
  /** The concrete dates a relative period resolves to today. */
  period: { from: string | null; to: string | null };
  perCoder: CoderPreviewDto[];
  perStratum: {
    key: string;
    frameSize: number;
    requestedSize: number;
    sampleSize: number;
    shortfall: number;
    spareCount: number;
  }[];
}

export const planListQuerySchema = z.object({
  includeArchived: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type PlanListQuery = z.infer<typeof planListQuerySchema>;
