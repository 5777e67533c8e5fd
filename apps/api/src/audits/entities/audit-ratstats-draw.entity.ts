import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Audit } from './audit.entity';

/**
 * An audit drawn with RAT-STATS random numbers: the frame as numbered (k-th id = number k), the seed
 * as typed and the numbers drawn, so anyone can re-run RAT-STATS (or `npm run ratstats -- random`)
 * with seed, quantity, spares and low 1 / high frameSize and check the same numbers come out.
 */
@Entity('audit_ratstats_draws')
@Check('audit_ratstats_draws_frame_order_check', `"frame_order" IN ('externalId', 'encounterDate')`)
export class AuditRatStatsDraw {
  @PrimaryColumn({ type: 'uuid' }) auditId!: string;
  @OneToOne(() => Audit, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'audit_id' }) audit?: Audit;
  /** As typed (decimal seeds such as 4967669.23 keep their digits). */
  @Column({ type: 'text' }) seed!: string;
  @Column({ type: 'text' }) frameOrder!: string;
  @Column({ type: 'integer' }) frameSize!: number;
  /** Current encounter versions in frame-number order: element k (1-based) is frame number k. */
  @Column({ type: 'uuid', array: true }) frameVersionIds!: string[];
  /** The sample's numbers in selection order (order 1..n). */
  @Column({ type: 'integer', array: true }) sampleNumbers!: number[];
  /** The spares' numbers in draw order (orders n+1, n+2, …). */
  @Column({ type: 'integer', array: true }) spareNumbers!: number[];
  /** RAT-STATS's check figure: the sum of every number drawn. */
  @Column({ type: 'bigint' }) numbersSum!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) drawnAt!: Date;
}
