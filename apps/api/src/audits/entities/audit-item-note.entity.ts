import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../../users';
import { AuditItem } from './audit-item.entity';

/**
 * The auditor's working notes on one record and the link to its clinical documentation (http/https only).
 * Its own table, so writing a note never bumps the record's review version.
 */
@Entity('audit_item_notes')
export class AuditItemNote {
  @PrimaryColumn('uuid') itemId!: string;
  @OneToOne(() => AuditItem, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'item_id' }) item?: AuditItem;
  @Column({ type: 'text', default: '' }) notes!: string;
  @Column({ type: 'text', nullable: true }) documentationUrl!: string | null;
  @Column({ type: 'uuid', nullable: true }) updatedById!: string | null;
  @ManyToOne(() => User, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'updated_by_id' }) updatedBy?: User | null;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
