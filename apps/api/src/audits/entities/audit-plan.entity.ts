import type { PlanMethod, PlanRules, PlanSchedule, PlanScope } from '@recode/contracts';
import {
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

/** A supervisor's sampling plan: what to draw, how, and optionally when (a BullMQ job scheduler per plan). */
@Entity('audit_plans')
@Index('audit_plans_created_at_idx', ['createdAt'])
export class AuditPlan {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Bumped on every edit; an editor sends back the version it started from. */
  @Column({ type: 'integer', default: 1 }) version!: number;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  /** The teams the plan covers: who may see it, and the limit of its frame. */
  @Column({ type: 'uuid', array: true }) teamIds!: string[];
  @Column({ type: 'jsonb' }) scope!: PlanScope;
  @Column({ type: 'jsonb' }) method!: PlanMethod;
  @Column({ type: 'jsonb', nullable: true }) rules!: PlanRules | null;
  @Column({ type: 'text', nullable: true }) seed!: string | null;
  @Column({ type: 'integer', default: 0 }) spares!: number;
  @Column({ type: 'integer', nullable: true }) exclusionWindowDays!: number | null;
  @Column({ type: 'integer', nullable: true }) dueInDays!: number | null;
  @Column({ type: 'uuid', array: true, default: () => `'{}'` }) auditorIds!: string[];
  @Column({ type: 'jsonb', nullable: true }) schedule!: PlanSchedule | null;
  @Column({ type: 'text', nullable: true }) schedulePattern!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) createdById!: string | null;
  @ManyToOne(() => User, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'created_by_id' }) createdBy?: User | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
