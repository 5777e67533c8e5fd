import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users';

/**
 * E-mail waiting to be sent, written in the same transaction as the change it announces, so no
 * mail is lost or sent for a change that rolled back. A mailer will pick rows with sent_at null.
 */
@Entity('outbox')
@Index('outbox_unsent_idx', ['createdAt'], { where: 'sent_at IS NULL' })
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) recipientId!: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'recipient_id' }) recipient?: User;
  /** The template, e.g. dispute.opened. */
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'jsonb' }) payload!: Record<string, unknown>;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) sentAt!: Date | null;
}
