import type { CodeSetSystem } from '@recode/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CodeSet } from './code-set.entity';

/** The words rankCodeMatch (@recode/domain) sees: lower case, split on anything but a-z0-9. */
export const CODE_SEARCH_EXPRESSION = `to_tsvector('simple'::regconfig, regexp_replace(lower(long_description), '[^a-z0-9]+', ' ', 'g'))`;

/**
 * A code of one code set. system and fiscal_year are copied from the set so that set-based
 * validation can join on (system, fiscal_year, code) without going through code_sets.
 * The prefix (text_pattern_ops), word (GIN) and trigram indexes are hand-written (migration CodeSetSearch):
 * TypeORM cannot express index methods or operator classes, so they are declared here only to keep it from dropping them.
 */
@Entity('codes')
@Index('IDX_codes_system_year_code', ['system', 'fiscalYear', 'code'])
@Index('IDX_codes_set_code_prefix', { synchronize: false })
@Index('IDX_codes_description_trgm', { synchronize: false })
@Index('IDX_codes_search', { synchronize: false })
export class Code {
  @PrimaryColumn({ type: 'integer' }) codeSetId!: number;
  @PrimaryColumn({ type: 'text' }) code!: string;
  @ManyToOne(() => CodeSet, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'code_set_id' })
  codeSet?: CodeSet;
  @Column({ type: 'text' }) system!: CodeSetSystem;
  @Column({ type: 'integer', nullable: true }) fiscalYear!: number | null;
  @Column({ type: 'boolean' }) billable!: boolean;
  @Column({ type: 'text' }) shortDescription!: string;
  @Column({ type: 'text' }) longDescription!: string;
  @Column({
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: CODE_SEARCH_EXPRESSION,
    select: false,
    insert: false,
    update: false,
  })
  search?: string;
}
