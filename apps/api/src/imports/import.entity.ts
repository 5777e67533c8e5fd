import type { ImportFailure, ImportLayout, ImportPhase, ImportStatus } from '@recode/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { CoderMapping } from './coder-mapping/coder-mapping';
import { User } from '../users';

/**
 * One uploaded file and its progress. The checkpoint columns (rows_parsed, buckets_done) are
 * updated in the same transaction as the rows they count, so a killed worker resumes exactly there.
 */
@Entity('imports')
@Index('imports_created_at_idx', ['createdAt'])
@Check('imports_status_check', `"status" IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')`)
@Check('imports_phase_check', `"phase" IN ('upload', 'parse', 'write', 'done')`)
export class Import {
  /** Chosen before the upload starts, so the file on disk is named after it. */
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'uuid', nullable: true }) createdById!: string | null;
  @ManyToOne(() => User, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'created_by_id' }) createdBy?: User | null;
  @Column({ type: 'text' }) fileName!: string;
  @Column({ type: 'text' }) filePath!: string;
  @Column({ type: 'bigint' }) fileBytes!: string;
  @Column({ type: 'text' }) fileSha256!: string;
  @Column({ type: 'text', nullable: true }) format!: 'csv' | 'json' | 'x12' | 'fhir' | null;
  @Column({ type: 'text' }) requestedLayout!: ImportLayout | 'auto';
  @Column({ type: 'text', nullable: true }) layout!: ImportLayout | null;
  @Column({ type: 'text' }) source!: string;
  @Column({ type: 'text', nullable: true }) defaultCoderExternalId!: string | null;
  /** 837/FHIR: the user's claim → coder mapping ({ fileName, key, size, entries }), checked at upload. */
  @Column({ type: 'jsonb', nullable: true }) coderMapping!: CoderMapping | null;
  @Column({ type: 'text', default: 'queued' }) status!: ImportStatus;
  @Column({ type: 'text', default: 'upload' }) phase!: ImportPhase;
  @Column({ type: 'integer', nullable: true }) rowsTotal!: number | null;
  @Column({ type: 'integer', default: 0 }) rowsParsed!: number;
  @Column({ type: 'integer', default: 0 }) rowsWritten!: number;
  @Column({ type: 'integer', default: 0 }) errorCount!: number;
  @Column({ type: 'integer', default: 0 }) rowsWithErrors!: number;
  @Column({ type: 'integer', default: 0 }) encountersCreated!: number;
  @Column({ type: 'integer', default: 0 }) encountersVersioned!: number;
  @Column({ type: 'integer', default: 0 }) encountersUnchanged!: number;
  @Column({ type: 'integer', default: 0 }) encountersRejected!: number;
  @Column({ type: 'integer', default: 0 }) encountersFlagged!: number;
  @Column({ type: 'bigint', default: 0 }) codesWritten!: string;
  /** Rows are spread over buckets by a hash of their encounter key; each bucket is written in one transaction. */
  @Column({ type: 'integer', nullable: true }) bucketCount!: number | null;
  @Column({ type: 'integer', default: 0 }) bucketsDone!: number;
  /** The checkpoint of the write phase: buckets are written side by side, so they commit in any order. */
  @Column({ type: 'integer', array: true, default: () => "'{}'" }) bucketsWritten!: number[];
  @Column({ type: 'jsonb', nullable: true }) failure!: ImportFailure | null;
  /** Resumes by the reconciler in a row without the checkpoint moving, and that checkpoint (see ImportReconciler). */
  @Column({ type: 'integer', default: 0 }) resumeCount!: number;
  @Column({ type: 'text', nullable: true }) resumeMark!: string | null;
  @Column({ type: 'jsonb', default: [] }) warnings!: string[];
  @Column({ type: 'timestamptz', nullable: true }) cancelRequestedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) startedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
