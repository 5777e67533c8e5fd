import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only: a database trigger rejects UPDATE and DELETE (see the migration). */
@Entity('audit_log')
@Index(['entityType', 'entityId'])
export class AuditLogEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Index() @Column({ type: 'timestamptz', default: () => 'now()' }) at!: Date;
  @Index() @Column({ type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ type: 'text', nullable: true }) actorEmail!: string | null;
  @Index() @Column({ type: 'text' }) action!: string;
  @Column({ type: 'text', nullable: true }) entityType!: string | null;
  @Column({ type: 'text', nullable: true }) entityId!: string | null;
  @Column({ type: 'text', nullable: true }) ip!: string | null;
  @Column({ type: 'text', nullable: true }) userAgent!: string | null;
  @Column({ type: 'text', nullable: true }) requestId!: string | null;
  @Column({ type: 'jsonb', default: {} }) details!: Record<string, unknown>;
}
