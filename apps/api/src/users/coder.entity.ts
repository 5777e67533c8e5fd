import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Team } from './team.entity';

/** A person whose coding is audited. Encounters name their coder by `externalId`. */
@Entity('coders')
export class Coder {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text', unique: true }) externalId!: string;
  @Column({ type: 'text' }) displayName!: string;
  @Index() @Column({ type: 'uuid', nullable: true }) teamId!: string | null;
  @ManyToOne(() => Team, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'team_id' }) team?: Team | null;
  @Column({ type: 'boolean', default: true }) active!: boolean;
  @Column({ type: 'date', nullable: true }) startedOn!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
