import type {
  FindingCategory,
  FindingDirection,
  FindingImpact,
  FindingReference,
  FindingStatus,
  FindingType,
  RootCause,
} from '@recode/contracts';
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
import { Audit } from './audit.entity';
import { AuditItem } from './audit-item.entity';

/**
 * One difference between the coder's and the auditor's codes (from deriveFindings), with the
 * auditor's classification. `key` identifies the difference across saves, so re-saving the same
 * codes keeps the finding's id and classification.
 */
@Entity('audit_findings')
@Index('audit_findings_item_key_key', ['itemId', 'key'], { unique: true })
@Index('audit_findings_audit_idx', ['auditId'])
@Index('audit_findings_coder_status_idx', ['coderId', 'status'])
export class AuditFinding {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) auditId!: string;
  @ManyToOne(() => Audit, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'audit_id' }) audit?: Audit;
  @Column({ type: 'uuid' }) itemId!: string;
  @ManyToOne(() => AuditItem, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'item_id' }) item?: AuditItem;
  @Column({ type: 'uuid' }) coderId!: string;
  @Column({ type: 'text' }) key!: string;
  @Column({ type: 'integer' }) ordinal!: number;
  @Column({ type: 'text' }) type!: FindingType;
  @Column({ type: 'text' }) category!: FindingCategory;
  @Column({ type: 'text' }) system!: string;
  @Column({ type: 'text', nullable: true }) codeBefore!: string | null;
  @Column({ type: 'text', nullable: true }) codeAfter!: string | null;
  @Column({ type: 'boolean' }) principal!: boolean;
  @Column({ type: 'text', nullable: true }) poaBefore!: string | null;
  @Column({ type: 'text', nullable: true }) poaAfter!: string | null;
  @Column({ type: 'text', array: true, nullable: true }) modifiersBefore!: string[] | null;
  @Column({ type: 'text', array: true, nullable: true }) modifiersAfter!: string[] | null;
  @Column({ type: 'integer', nullable: true }) unitsBefore!: number | null;
  @Column({ type: 'integer', nullable: true }) unitsAfter!: number | null;
  @Column({ type: 'text' }) suggestedDirection!: FindingDirection;
  @Column({ type: 'text', nullable: true }) rootCause!: RootCause | null;
  @Column({ type: 'text', nullable: true }) impact!: FindingImpact | null;
  @Column({ type: 'text' }) direction!: FindingDirection;
  @Column({ type: 'text', nullable: true }) rationale!: string | null;
  @Column({ type: 'jsonb', nullable: true }) reference!: FindingReference | null;
  /** The code-set year the finding is judged against (the encounter's). */
  @Column({ type: 'smallint' }) fiscalYear!: number;
  @Column({ type: 'text', nullable: true }) drgBefore!: string | null;
  /** DRG findings: 'grouper' (regrouped from the auditor's codes) or 'override' (typed, with a reason). */
  @Column({ type: 'text', nullable: true }) drgSource!: string | null;
  /** DRG findings: the CC/MCC secondaries that drove the regrouped DRG. */
  @Column({ type: 'text', array: true, nullable: true }) drgDrivers!: string[] | null;
  @Column({ type: 'text', nullable: true }) drgOverrideReason!: string | null;
  @Column({ type: 'text', nullable: true }) drgAfter!: string | null;
  @Column({ type: 'numeric', precision: 8, scale: 4, nullable: true }) weightBefore!: string | null;
  @Column({ type: 'numeric', precision: 8, scale: 4, nullable: true }) weightAfter!: string | null;
  @Column({ type: 'numeric', precision: 8, scale: 4, nullable: true }) weightDelta!: string | null;
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true }) paymentDelta!: string | null;
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true }) baseRate!: string | null;
  @Column({ type: 'text', default: 'open' }) status!: FindingStatus;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
