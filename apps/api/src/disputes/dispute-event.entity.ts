import type { DisputeAction, FindingReference, FindingStatus } from '@recode/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AuditFinding } from '../audits';
import { User } from '../users';

/**
 * One step of a finding's dispute, append-only: who moved it from which status to which, why, and
 * when. The rulings library searches these rows; `escalated once` is read from them.
 */
@Entity('dispute_events')
@Index('dispute_events_finding_idx', ['findingId', 'at'])
@Index('dispute_events_action_idx', ['action', 'at'])
export class DisputeEvent {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) findingId!: string;
  @ManyToOne(() => AuditFinding, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'finding_id' }) finding?: AuditFinding;
  @Column({ type: 'uuid' }) auditId!: string;
  /** Null for the lapse job. */
  @Column({ type: 'uuid', nullable: true }) actorId!: string | null;
  @ManyToOne(() => User, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'actor_id' }) actor?: User | null;
  /** coder, auditor, reviewer (supervisor, admin or second reviewer) or system. */
  @Column({ type: 'text' }) actorRole!: string;
  @Column({ type: 'text' }) action!: DisputeAction;
  @Column({ type: 'text' }) fromStatus!: FindingStatus;
  @Column({ type: 'text' }) toStatus!: FindingStatus;
  @Column({ type: 'text', nullable: true }) rationale!: string | null;
  @Column({ type: 'jsonb', nullable: true }) reference!: FindingReference | null;
  /** Deadline for the next move this step opens (the coder's escalation window after an upheld answer). */
  @Column({ type: 'timestamptz', nullable: true }) nextDueAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) at!: Date;
}
