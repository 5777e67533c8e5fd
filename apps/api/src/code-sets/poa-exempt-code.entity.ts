import { Entity, PrimaryColumn } from 'typeorm';

/** The CDC/NCHS list of ICD-10-CM codes exempt from present-on-admission reporting, per fiscal year. */
@Entity('poa_exempt_codes')
export class PoaExemptCode {
  @PrimaryColumn({ type: 'integer' }) fiscalYear!: number;
  @PrimaryColumn({ type: 'text' }) code!: string;
}
