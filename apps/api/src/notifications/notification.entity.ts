import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users';

/** An in-app message to one user. (kind, entity) is unique per user, so a retried release notifies once. */
@Entity('notifications')
@Index('notifications_user_created_idx', ['userId', 'createdAt'])
@Index('notifications_user_kind_entity_key', ['userId', 'kind', 'entityId'], { unique: true })
export class Notification {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) userId!: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'user_id' }) user?: User;
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) body!: string;
  @Column({ type: 'text', nullable: true }) link!: string | null;
  @Column({ type: 'text', nullable: true }) entityType!: string | null;
  @Column({ type: 'text', nullable: true }) entityId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) readAt!: Date | null;
}
