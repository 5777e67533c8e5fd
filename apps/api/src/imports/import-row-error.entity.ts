import type { ImportIssueSeverity } from '@recode/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Import } from './import.entity';

/** One problem found in one row of an import; the error report (errors.csv) lists these in row order. */
@Entity('import_errors')
@Index('import_errors_import_row_idx', ['importId', 'rowNo'])
@Check('import_errors_severity_check', `"severity" IN ('reject', 'flag', 'warning')`)
export class ImportRowError {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ type: 'uuid' }) importId!: string;
  @ManyToOne(() => Import, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'import_id' }) import?: Import;
  @Column({ type: 'integer' }) rowNo!: number;
  /** The encounter's external id as written in the file, when the row has one. */
  @Column({ type: 'text', nullable: true }) encounterRef!: string | null;
  @Column({ type: 'text' }) field!: string;
  @Column({ type: 'text' }) value!: string;
  @Column({ type: 'text' }) code!: string;
  @Column({ type: 'text' }) severity!: ImportIssueSeverity;
  @Column({ type: 'text' }) message!: string;
}
