import type { EncounterSettingCode } from '@recode/contracts';
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
import { Coder } from '../users';
import type { EncounterVersion } from './encounter-version.entity';

/**
 * One encounter's identity (source + external id) and a copy of its current version's list fields.
 * The copy exists so the encounters list filters and pages one narrow table with matching indexes,
 * at a million rows, instead of joining every version. Versions themselves are never changed.
 */
@Entity('encounters')
@Index('encounters_source_external_id_key', ['source', 'externalId'], { unique: true })
@Index('encounters_date_idx', ['encounterDate', 'id'])
@Index('encounters_coder_date_idx', ['coderId', 'encounterDate', 'id'])
@Index('encounters_setting_date_idx', ['setting', 'encounterDate', 'id'])
@Index('encounters_flagged_date_idx', ['encounterDate', 'id'], { where: 'flagged' })
@Index('encounters_external_id_idx', ['externalId', 'id'])
@Index('encounters_version_idx', ['currentVersionId'])
@Index('encounters_coder_version_idx', ['coderId', 'currentVersionId'])
@Check('encounters_setting_check', `"setting" IN ('inpatient', 'outpatient', 'ed', 'profee')`)
export class Encounter {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) source!: string;
  @Column({ type: 'text' }) externalId!: string;
  /** Deferred: an encounter and its first version are inserted in the same transaction. */
  @Column({ type: 'uuid' }) currentVersionId!: string;
  @ManyToOne('EncounterVersion', { onDelete: 'NO ACTION', deferrable: 'INITIALLY DEFERRED' })
  @JoinColumn({ name: 'current_version_id' })
  // By name, not by class: the two encounter entities would otherwise import each other.
  currentVersion?: EncounterVersion;
  @Column({ type: 'integer' }) versionCount!: number;
  @Column({ type: 'uuid' }) coderId!: string;
  @ManyToOne(() => Coder, { onDelete: 'NO ACTION' }) @JoinColumn({ name: 'coder_id' }) coder?: Coder;
  @Column({ type: 'text' }) setting!: EncounterSettingCode;
  @Column({ type: 'text', nullable: true }) facility!: string | null;
  /** The date that fixes the code-set year: discharge for inpatient stays, the service date otherwise. */
  @Column({ type: 'date' }) encounterDate!: string;
  @Column({ type: 'smallint' }) fiscalYear!: number;
  @Column({ type: 'text', nullable: true }) drg!: string | null;
  @Column({ type: 'boolean' }) flagged!: boolean;
  @Column({ type: 'integer' }) codeCount!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
