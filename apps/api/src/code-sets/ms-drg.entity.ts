import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One MS-DRG of a fiscal year's grouper version, with the relative weight that prices it. */
@Entity('ms_drgs')
export class MsDrg {
  @PrimaryColumn({ type: 'integer' }) fiscalYear!: number;
  /** 3-digit, zero-padded ('001'), as the CMS tables write it. */
  @PrimaryColumn({ type: 'text' }) drg!: string;
  @Column({ type: 'text' }) version!: string;
  /** '01'-'25' or 'PRE'; null for 981-989, 998 and 999, which belong to no MDC. */
  @Column({ type: 'text', nullable: true }) mdc!: string | null;
  /** 'MED' or 'SURG'; null for 998/999. */
  @Column({ type: 'text', nullable: true }) type!: string | null;
  @Column({ type: 'text' }) title!: string;
  /** Null for 998/999, which CMS does not weight. pg returns numerics as strings to keep every digit. */
  @Column({ type: 'numeric', precision: 8, scale: 4, nullable: true }) relativeWeight!: string | null;
  @Column({ type: 'numeric', nullable: true }) gmlos!: string | null;
}
