import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Audit } from './audit.entity';

/**
 * The frame as it was when the sample was drawn: every encounter version in scope and those left out
 * as recently audited. Versions never change, so these ids + the audit's seed and plan redraw the sample.
 */
@Entity('audit_frames')
export class AuditFrame {
  @PrimaryColumn({ type: 'uuid' }) auditId!: string;
  @OneToOne(() => Audit, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'audit_id' }) audit?: Audit;
  /** Sorted. */
  @Column({ type: 'uuid', array: true }) scopeVersionIds!: string[];
  @Column({ type: 'uuid', array: true }) excludedVersionIds!: string[];
  @Column({ type: 'integer' }) scopeSize!: number;
  @Column({ type: 'timestamptz', default: () => 'now()' }) snapshotAt!: Date;
}
