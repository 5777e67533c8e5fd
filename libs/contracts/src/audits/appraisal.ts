import { z } from 'zod';

export const auditAppraisalQuerySchema = z.object({ format: z.enum(['json', 'csv', 'pdf']).default('json') }).strict();
export type AuditAppraisalQuery = z.infer<typeof auditAppraisalQuerySchema>;

export interface AppraisalLimitsDto {
  /** Student t (unrestricted) or z (stratified). */
  tValue: number | null;
  precision: number;
  lower: number;
  upper: number;
  /** 0 when the point estimate is zero or negative, as RAT-STATS prints it. */
  precisionPercent: number;
}

/**
 * RAT-STATS variable appraisal of a released audit's overpayments: per reviewed record, the billed minus the
 * corrected payment (−Σ paymentDelta of its standing findings; 0 when nothing changed the payment),
 * extrapolated to the audit's frame. The extrapolated overpayment is the one-sided 90% lower limit.
 */
export interface AuditAppraisalDto {
  auditId: string;
  design: 'unrestricted' | 'stratified';
  /** Universe: the audit's frame size (per stratum when stratified). */
  universeSize: number;
  sampleSize: number;
  sampleOverpayment: number;
  mean: number;
  stdDev: number | null;
  seTotal: number;
  pointEstimate: number;
  limits: Record<'80' | '90' | '95', AppraisalLimitsDto>;
  /** Point estimate − t₀.₉₀ (z₀.₉₀ when stratified) × SE(total): the figure an overpayment demand uses. */
  extrapolatedOverpayment: number;
  strata: { key: string; universeSize: number; sampleSize: number; pointEstimate: number; seTotal: number }[];
}

// RAT-STATS calculator (POST /ratstats/:calculation): the same functions as `npm run ratstats`, field names as its JSON.
const amount = z.number().finite();
const count = z.number().int();
const values = z.array(amount).max(100_000);

export const ratStatsRandomRequestSchema = z
  .object({ seed: amount, n: count, low: count, high: count, spares: count.default(0) })
  .strict();
export const ratStatsAttributeRequestSchema = z.object({ N: count, n: count, k: count }).strict();
export const ratStatsVariableRequestSchema = z.object({ N: count, values }).strict();
export const ratStatsStratifiedRequestSchema = z
  .object({
    strata: z
      .array(z.object({ N: count, values }).strict())
      .min(1)
      .max(1000),
  })
  .strict();
export const ratStatsSampleSizeRequestSchema = z
  .object({
    N: count,
    probe: values,
    confidence: z.union([z.literal(80), z.literal(90), z.literal(95)]),
    precision_percent: amount,
  })
  .strict();

export type RatStatsRandomRequest = z.infer<typeof ratStatsRandomRequestSchema>;
export type RatStatsAttributeRequest = z.infer<typeof ratStatsAttributeRequestSchema>;
export type RatStatsVariableRequest = z.infer<typeof ratStatsVariableRequestSchema>;
export type RatStatsStratifiedRequest = z.infer<typeof ratStatsStratifiedRequestSchema>;
export type RatStatsSampleSizeRequest = z.infer<typeof ratStatsSampleSizeRequestSchema>;
