import { z } from 'zod';

export const auditAppraisalQuerySchema = z.object({ format: z.enum(['json', 'csv']).default('json') }).strict();
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
