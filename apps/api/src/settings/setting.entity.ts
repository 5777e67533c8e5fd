import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../users';

/** One admin-editable setting (e.g. "payment.defaultBaseRate"); a missing key means the built-in default. */
@Entity('settings')
export class Setting {
  @PrimaryColumn({ type: 'text' }) key!: string;
  @Column({ type: 'jsonb' }) value!: unknown;
  @Column({ type: 'uuid', nullable: true }) updatedById!: string | null;
  @ManyToOne(() => User, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'updated_by_id' }) updatedBy?: User | null;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
