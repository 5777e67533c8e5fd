import type { EncounterSettingCode } from '@recode/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Coder } from '../users';
import { Import } from '../imports';
import { Encounter } from './encounter.entity';

/**
 * What a coder submitted for an encounter, as imported. Immutable (a trigger rejects UPDATE and
 * DELETE): audits point at a version id, so a later re-import with changes adds a version instead.
 */
@Entity('encounter_versions')
@Index('encounter_versions_encounter_version_key', ['encounterId', 'version'], { unique: true })
@Index('encounter_versions_import_idx', ['importId'])
@Check('encounter_versions_setting_check', `"setting" IN ('inpatient', 'outpatient', 'ed', 'profee')`)
export class EncounterVersion {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) encounterId!: string;
  @ManyToOne(() => Encounter, { onDelete: 'NO ACTION' }) @JoinColumn({ name: 'encounter_id' }) encounter?: Encounter;
  @Column({ type: 'integer' }) version!: number;
  @Column({ type: 'uuid', nullable: true }) importId!: string | null;
  @ManyToOne(() => Import, { onDelete: 'NO ACTION' }) @JoinColumn({ name: 'import_id' }) import?: Import | null;
  /** md5 of the encounter fields and code lines in canonical order; equal hash = identical re-import. */
  @Column({ type: 'uuid' }) contentHash!: string;
  @Column({ type: 'text' }) setting!: EncounterSettingCode;
  @Column({ type: 'text', nullable: true }) facility!: string | null;
  @Column({ type: 'text', nullable: true }) payer!: string | null;
  @Column({ type: 'date', nullable: true }) admissionDate!: string | null;
  @Column({ type: 'date', nullable: true }) dischargeDate!: string | null;
  @Column({ type: 'date', nullable: true }) serviceDate!: string | null;
  @Column({ type: 'date' }) encounterDate!: string;
  /** The ICD-10 / MS-DRG fiscal year the codes were validated against. */
  @Column({ type: 'smallint' }) fiscalYear!: number;
  @Column({ type: 'uuid' }) coderId!: string;
  @ManyToOne(() => Coder, { onDelete: 'NO ACTION' }) @JoinColumn({ name: 'coder_id' }) coder?: Coder;
  @Column({ type: 'text', nullable: true }) drg!: string | null;
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true }) totalCharges!: string | null;
  /** An optional record number from the source; never shown in lists or exports. */
  @Column({ type: 'text', nullable: true }) patientRef!: string | null;
  /** Distinct issue codes found at import (pre-audit check), e.g. CODE_NOT_BILLABLE. */
  @Column({ type: 'text', array: true, default: () => `'{}'` }) flags!: string[];
  @Column({ type: 'boolean' }) flagged!: boolean;
  @Column({ type: 'integer' }) codeCount!: number;
  /** The grouper's inputs as imported: age in years at discharge, M/F/U, two-digit UB-04 patient status. */
  @Column({ type: 'smallint', nullable: true }) patientAge!: number | null;
  @Column({ type: 'text', nullable: true }) patientSex!: 'M' | 'F' | 'U' | null;
  @Column({ type: 'text', nullable: true }) dischargeStatus!: string | null;
  /**
   * The MS-DRG grouper's result at import (inpatient only): the DRG (null when no version covers the
   * discharge date: return code NO_GROUPER_FOR_VERSION), version, return code and message, and the inputs
   * that were missing. Null return code = not grouped (not inpatient, or imported before the grouper).
   */
  @Column({ type: 'text', nullable: true }) grouperDrg!: string | null;
  @Column({ type: 'text', nullable: true }) grouperVersion!: string | null;
  @Column({ type: 'text', nullable: true }) grouperReturnCode!: string | null;
  @Column({ type: 'text', nullable: true }) grouperMessage!: string | null;
  @Column({ type: 'text', array: true, default: () => `'{}'` }) grouperMissing!: string[];
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
