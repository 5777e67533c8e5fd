import type { ImportDto, ImportPhase, ImportStatus } from '@recode/contracts';
import { formatCount } from '../../lib/format';

type Tone = 'positive' | 'neutral' | 'warning' | 'negative';

const STATUS: Record<ImportStatus, { label: string; tone: Tone }> = {
  queued: { label: 'Queued', tone: 'neutral' },
  running: { label: 'Running', tone: 'warning' },
  succeeded: { label: 'Done', tone: 'positive' },
  failed: { label: 'Failed', tone: 'negative' },
  cancelled: { label: 'Cancelled', tone: 'neutral' },
};

export function importStatusLabel(status: ImportStatus): string {
  return STATUS[status].label;
}

export function importStatusTone(status: ImportStatus): Tone {
  return STATUS[status].tone;
}

const PHASE: Record<ImportPhase, string> = {
  upload: 'Waiting for a worker',
  parse: 'Reading and checking rows',
  write: 'Writing encounters',
  done: 'Finished',
};

export function importPhaseLabel(phase: ImportPhase): string {
  return PHASE[phase];
}

/** Still moving: worth polling, and the only imports that can be cancelled. */
export function isImportActive(status: ImportStatus): boolean {
  return status === 'queued' || status === 'running';
}

/** Whole percent for the bar; a finished import is full even if its estimate was off. */
export function progressPercent(item: Pick<ImportDto, 'status' | 'progress'>): number {
  if (item.status === 'succeeded') return 100;
  const share = Number.isFinite(item.progress) ? item.progress : 0;
  return Math.max(0, Math.min(100, Math.floor(share * 100)));
}

/**
 * "1,200 of 5,000 rows": rows parsed while reading, rows written while writing. The total is an
 * estimate until the file has been read, hence "about".
 */
export function progressRowsLabel(item: Pick<ImportDto, 'phase' | 'rowsTotal' | 'rowsParsed' | 'rowsWritten'>): string {
  const done = item.phase === 'write' || item.phase === 'done' ? item.rowsWritten : item.rowsParsed;
  if (item.rowsTotal === null) return `${formatCount(done)} rows`;
  const estimate = item.phase === 'upload' || item.phase === 'parse' ? 'about ' : '';
  return `${formatCount(done)} of ${estimate}${formatCount(item.rowsTotal)} rows`;
}

/** Encounters stored by this import, whether new or a new version of an earlier one. */
export function encountersStored(item: Pick<ImportDto, 'counts'>): number {
  return item.counts.encountersCreated + item.counts.encountersVersioned;
}

/** A file size as people read it: 512 B, 12.3 KB, 4.1 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export const ERRORS_CSV_PATH = (id: string): string => `/api/imports/${encodeURIComponent(id)}/errors.csv`;
