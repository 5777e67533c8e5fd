import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EncounterVersion } from './encounter-version.entity';

/**
 * One code of one encounter version. The key (version, position) doubles as the only index, which
 * keeps ten million rows cheap to write; reads are always "the codes of this version".
 */
@Entity('encounter_codes')
export class EncounterCode {
  @PrimaryColumn({ type: 'uuid' }) versionId!: string;
  @ManyToOne(() => EncounterVersion, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'version_id' })
  version?: EncounterVersion;
  /** 1..n over the version: diagnoses, then ICD-10-PCS procedures, then CPT/HCPCS lines. */
  @PrimaryColumn({ type: 'smallint' }) position!: number;
  @Column({ type: 'text' }) system!: 'ICD10CM' | 'ICD10PCS' | 'CPT' | 'HCPCS';
  @Column({ type: 'text' }) code!: string;
  /** Order within its kind: diagnosis 1 is the principal / first-listed; procedures and lines count apart. */
  @Column({ type: 'smallint' }) sequence!: number;
  @Column({ type: 'boolean' }) principal!: boolean;
  @Column({ type: 'text', nullable: true }) poa!: string | null;
  @Column({ type: 'text', array: true, default: () => `'{}'` }) modifiers!: string[];
  @Column({ type: 'integer', nullable: true }) units!: number | null;
  @Column({ type: 'integer', nullable: true }) line!: number | null;
  @Column({ type: 'text', nullable: true }) issue!: string | null;
}
