import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Reviewed records summed per coder (and per team) and month of the encounter date, across audits
 * in review, released or final. The dashboard reads these; the rollups job keeps them current.
 */
@Entity('score_rollups')
@Index('score_rollups_team_month_idx', ['teamId', 'month'])
@Check('score_rollups_scope_check', `"scope" IN ('coder', 'team')`)
export class ScoreRollup {
  @PrimaryColumn({ type: 'text' }) scope!: 'coder' | 'team';
  @PrimaryColumn({ type: 'uuid' }) scopeId!: string;
  /** First day of the month. */
  @PrimaryColumn({ type: 'date' }) month!: string;
  /** The coder's team (coder rows) or the team itself (team rows). */
  @Column({ type: 'uuid', nullable: true }) teamId!: string | null;
  @Column({ type: 'text' }) methodVersion!: string;
  @Column({ type: 'integer' }) recordsReviewed!: number;
  @Column({ type: 'integer' }) codesReviewed!: number;
  /** The codes reviewed at the weight an error on each carries: code accuracy's denominator. */
  @Column({ type: 'double precision' }) weightedCodes!: number;
  @Column({ type: 'double precision' }) weightedErrors!: number;
  @Column({ type: 'integer' }) recordsWithError!: number;
  @Column({ type: 'integer' }) inpatientRecordsReviewed!: number;
  @Column({ type: 'integer' }) drgUnchanged!: number;
  @Column({ type: 'double precision', nullable: true }) codeAccuracy!: number | null;
  @Column({ type: 'double precision', nullable: true }) codeAccuracyLower!: number | null;
  @Column({ type: 'double precision', nullable: true }) codeAccuracyUpper!: number | null;
  @Column({ type: 'double precision', nullable: true }) recordAccuracy!: number | null;
  @Column({ type: 'double precision', nullable: true }) recordAccuracyLower!: number | null;
  @Column({ type: 'double precision', nullable: true }) recordAccuracyUpper!: number | null;
  @Column({ type: 'numeric', precision: 14, scale: 2 }) overpayment!: string;
  @Column({ type: 'numeric', precision: 14, scale: 2 }) underpayment!: string;
  @Column({ type: 'numeric', precision: 10, scale: 4 }) overpaymentWeight!: string;
  @Column({ type: 'numeric', precision: 10, scale: 4 }) underpaymentWeight!: string;
  /** Coder-caused errors per finding category, for the Pareto. */
  @Column({ type: 'jsonb' }) categoryErrors!: Record<string, number>;
  /** Sums of the cluster ratio estimator (records with codes; errors weighted), so months pool into one interval. */
  @Column({ type: 'integer', default: 0 }) codeClusters!: number;
  @Column({ type: 'double precision', default: 0 }) codeErrorsSquared!: number;
  @Column({ type: 'double precision', default: 0 }) codeUnitsSquared!: number;
  @Column({ type: 'double precision', default: 0 }) codeErrorsTimesUnits!: number;
  /** Coder rows only: released findings per auditor, how many were disputed and how many the auditor lost. */
  @Column({ type: 'jsonb', default: {} }) auditorFindings!: Record<
    string,
    { findings: number; disputed: number; lost: number }
  >;
  @Column({ type: 'boolean' }) preliminary!: boolean;
  /** The coder's encounters in the month (team rows: the team's): the population the month's sample stands for. */
  @Column({ type: 'integer', nullable: true }) population!: number | null;
  /** Records of targeted (rule-driven) audits: never in the accuracy above, shown beside it as findings. */
  @Column({ type: 'integer', default: 0 }) targetedRecordsReviewed!: number;
  @Column({ type: 'integer', default: 0 }) targetedRecordsWithError!: number;
  @Column({ type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}
