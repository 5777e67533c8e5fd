import type { CodeSetSystem } from '@recode/contracts';
import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * One loaded reference list (e.g. ICD-10-CM FY2026, HCPCS 2025Q4, a customer's CPT file). Its
 * checksum is the sha256 of the source file, so loading the same file again can change nothing.
 */
@Entity('code_sets')
@Unique('UQ_code_sets_system_version', ['system', 'version'])
@Check(
  'CHK_code_sets_system',
  `"system" IN ('ICD10CM', 'ICD10PCS', 'HCPCS', 'HCPCS_MODIFIER', 'CPT', 'POA_EXEMPT', 'MSDRG')`,
)
@Check('CHK_code_sets_effective', '"effective_to" >= "effective_from"')
export class CodeSet {
  // An integer key keeps the ~700k rows of `codes` that point here small.
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ type: 'text' }) system!: CodeSetSystem;
  @Column({ type: 'text' }) version!: string;
  /** Null for lists that do not follow the October fiscal year (a customer's calendar-year CPT file). */
  @Column({ type: 'integer', nullable: true }) fiscalYear!: number | null;
  @Column({ type: 'date' }) effectiveFrom!: string;
  @Column({ type: 'date' }) effectiveTo!: string;
  @Column({ type: 'text' }) sourceFile!: string;
  @Column({ type: 'integer' }) rowCount!: number;
  @Column({ type: 'text' }) checksum!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) loadedAt!: Date;
}
