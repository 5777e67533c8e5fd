import type { AuditPlanSnapshot, AuditStatus } from '@recode/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '../../users';
import { AuditPlan } from './audit-plan.entity';

/** One run of a plan: its frozen plan, seed, frame summary and lifecycle. */
@Entity('audits')
@Index('audits_status_idx', ['status', 'createdAt'])
@Index('audits_plan_idx', ['planId'])
@Index('audits_run_key_key', ['runKey'], { unique: true })
@Check('audits_status_check', `"status" IN ('draft', 'sampling', 'in_review', 'released', 'final')`)
export class Audit {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid', nullable: true }) planId!: string | null;
  @ManyToOne(() => AuditPlan, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'plan_id' }) plan?: AuditPlan | null;
  /** Set for scheduled runs (the BullMQ job id): a retried run finds its audit instead of making a second. */
  @Column({ type: 'text', nullable: true }) runKey!: string | null;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', default: 'draft' }) status!: AuditStatus;
  @Column({ type: 'uuid', array: true }) teamIds!: string[];
  @Column({ type: 'jsonb' }) planSnapshot!: AuditPlanSnapshot;
  @Column({ type: 'text', nullable: true }) seed!: string | null;
  @Column({ type: 'text', nullable: true }) algorithm!: string | null;
  @Column({ type: 'integer', nullable: true }) frameSize!: number | null;
  @Column({ type: 'integer', nullable: true }) scopeSize!: number | null;
  @Column({ type: 'integer', nullable: true }) excludedCount!: number | null;
  @Column({ type: 'integer', nullable: true }) filteredOutCount!: number | null;
  @Column({ type: 'text', nullable: true }) frameHash!: string | null;
  @Column({ type: 'integer', default: 0 }) sampleSize!: number;
  @Column({ type: 'integer', default: 0 }) spareCount!: number;
  @Column({ type: 'date', nullable: true }) dueDate!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) rebuttalDueAt!: Date | null;
  @Column({ type: 'jsonb', nullable: true }) samplingError!: { code: string; message: string; details: unknown } | null;
  @Column({ type: 'uuid', nullable: true }) createdById!: string | null;
  @ManyToOne(() => User, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'created_by_id' }) createdBy?: User | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) sampledAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) releasedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) finalizedAt!: Date | null;
}
