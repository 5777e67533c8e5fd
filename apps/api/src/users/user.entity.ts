import type { Role } from '@recode/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  JoinTable,
  ManyToMany,
  OneToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Coder } from './coder.entity';
import { Team } from './team.entity';

@Entity('users')
@Check('users_role_check', `"role" IN ('admin', 'supervisor', 'auditor', 'coder')`)
export class User {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Stored lower-case; the unique index makes e-mail the login name. */
  @Column({ type: 'text', unique: true }) email!: string;
  @Column({ type: 'text' }) displayName!: string;
  @Column({ type: 'text' }) role!: Role;
  @Column({ type: 'text', select: false }) passwordHash!: string;
  @Column({ type: 'boolean', default: true }) active!: boolean;
  @Column({ type: 'boolean', default: false }) mustChangePassword!: boolean;
  @Column({ type: 'integer', default: 0 }) failedLoginCount!: number;
  @Column({ type: 'timestamptz', nullable: true }) lockedUntil!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) lastLoginAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) passwordChangedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) coderId!: string | null;
  @OneToOne(() => Coder, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'coder_id' }) coder?: Coder | null;
  @ManyToMany(() => Team)
  @JoinTable({ name: 'user_teams', joinColumn: { name: 'user_id' }, inverseJoinColumn: { name: 'team_id' } })
  teams?: Team[];
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
