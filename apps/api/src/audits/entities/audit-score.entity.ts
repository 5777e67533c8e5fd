import type { AuditScoreDto, ScoreKind } from '@recode/contracts';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Audit } from './audit.entity';

/** An audit's scores: the latest preliminary and, once final, the final; both kept. */
@Entity('audit_scores')
@Check('audit_scores_kind_check', `"kind" IN ('preliminary', 'final')`)
export class AuditScore {
  @PrimaryColumn({ type: 'uuid' }) auditId!: string;
  @ManyToOne(() => Audit, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'audit_id' }) audit?: Audit;
  @PrimaryColumn({ type: 'text' }) kind!: ScoreKind;
  @Column({ type: 'text' }) methodVersion!: string;
  @Column({ type: 'jsonb' }) settings!: { principalWeight: number; otherWeight: number };
  @Column({ type: 'integer' }) recordsReviewed!: number;
  @Column({ type: 'integer' }) codesReviewed!: number;
  @Column({ type: 'double precision', nullable: true }) codeAccuracy!: number | null;
  @Column({ type: 'double precision', nullable: true }) recordAccuracy!: number | null;
  @Column({ type: 'double precision', nullable: true }) drgAccuracy!: number | null;
  /** The whole AuditScoreDto (overall and per coder, with intervals). */
  @Column({ type: 'jsonb' }) body!: AuditScoreDto;
  @Column({ type: 'timestamptz' }) computedAt!: Date;
}
