import type { AuditItemStatus, EncounterSettingCode } from '@recode/contracts';
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
import { EncounterVersion } from '../../encounters';
import { Coder } from '../../users';
import { User } from '../../users';
import { Audit } from './audit.entity';

/** The auditor's final code line, as stored (normalised codes). */
export interface StoredCodeLine {
  system: 'ICD10CM' | 'ICD10PCS' | 'CPT' | 'HCPCS';
  code: string;
  sequence: number;
  principal: boolean;
  poa: string | null;
  modifiers: string[];
  units: number | null;
}

/** One sampled encounter version (or spare) of an audit, with the auditor's final codes once saved. */
@Entity('audit_items')
@Index('audit_items_audit_version_key', ['auditId', 'encounterVersionId'], { unique: true })
@Index('audit_items_audit_order_idx', ['auditId', 'drawOrder'])
@Index('audit_items_auditor_status_idx', ['auditorId', 'status'])
@Index('audit_items_encounter_idx', ['encounterId', 'createdAt'])
/** The dashboard's coder drill-down and per-coder base-table aggregates. */
@Index('audit_items_coder_date_idx', ['coderId', 'encounterDate'])
@Check('audit_items_status_check', `"status" IN ('assigned', 'in_progress', 'reviewed', 'unreviewable', 'spare')`)
export class AuditItem {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) auditId!: string;
  @ManyToOne(() => Audit, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'audit_id' }) audit?: Audit;
  @Column({ type: 'uuid' }) encounterVersionId!: string;
  @ManyToOne(() => EncounterVersion, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'encounter_version_id' })
  encounterVersion?: EncounterVersion;
  @Column({ type: 'uuid' }) encounterId!: string;
  @Column({ type: 'uuid' }) coderId!: string;
  @ManyToOne(() => Coder, { onDelete: 'NO ACTION' }) @JoinColumn({ name: 'coder_id' }) coder?: Coder;
  /** Copied from the (immutable) version so scoring and monthly rollups need no join. */
  @Column({ type: 'text' }) setting!: EncounterSettingCode;
  @Column({ type: 'date' }) encounterDate!: string;
  @Column({ type: 'smallint' }) fiscalYear!: number;
  @Column({ type: 'text' }) stratum!: string;
  /** 1..n over the audit: the sample in draw order, then the spares in draw order. */
  @Column({ type: 'integer' }) drawOrder!: number;
  @Column({ type: 'text' }) status!: AuditItemStatus;
  @Column({ type: 'uuid', nullable: true }) auditorId!: string | null;
  @ManyToOne(() => User, { onDelete: 'NO ACTION' }) @JoinColumn({ name: 'auditor_id' }) auditor?: User | null;
  @Column({ type: 'date', nullable: true }) dueDate!: string | null;
  /** Optimistic lock for the review: every change must name the version it started from. */
  @Column({ type: 'integer', default: 1 }) version!: number;
  @Column({ type: 'jsonb', nullable: true }) auditorCodes!: StoredCodeLine[] | null;
  @Column({ type: 'text', nullable: true }) auditorDrg!: string | null;
  /**
   * Where the auditor's DRG came from: 'grouper' (the MS-DRG grouper on the auditor's codes), 'override'
   * (typed, with drgOverrideReason) or 'billed' (the grouper could not group, so the coder's DRG stands).
   */
  @Column({ type: 'text', nullable: true }) auditorDrgSource!: 'grouper' | 'override' | 'billed' | null;
  @Column({ type: 'text', nullable: true }) drgOverrideReason!: string | null;
  /** The secondary diagnoses that gave the grouper's DRG its "with MCC/CC" level. */
  @Column({ type: 'text', array: true, nullable: true }) drgDrivers!: string[] | null;
  @Column({ type: 'integer', nullable: true }) codesReviewed!: number | null;
  /** Of the codes reviewed, those on a principal / first-listed line of either side (they weigh more). */
  @Column({ type: 'integer', nullable: true }) principalCodes!: number | null;
  @Column({ type: 'uuid', nullable: true }) replacesItemId!: string | null;
  @Column({ type: 'uuid', nullable: true }) replacedByItemId!: string | null;
  @Column({ type: 'text', nullable: true }) unreviewableReason!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) reviewedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
