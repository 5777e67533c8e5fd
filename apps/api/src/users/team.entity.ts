import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('teams')
export class Team {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text', unique: true }) name!: string;
  @Column({ type: 'boolean', default: true }) active!: boolean;
  /** The care settings the team codes (inpatient, outpatient, ed, profee): its plans draw only these. Empty: all. */
  @Column({ type: 'text', array: true, default: () => `'{}'` }) settings!: string[];
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
