import { describe, expect, it } from '@jest/globals';
import { formatBytes, importStatusLabel, isImportActive, progressPercent, progressRowsLabel } from './import-status';

describe('import status', () => {
  it('polls and offers cancel only while queued or running', () => {
    expect(isImportActive('queued')).toBe(true);
    expect(isImportActive('running')).toBe(true);
    expect(isImportActive('succeeded')).toBe(false);
    expect(isImportActive('cancelled')).toBe(false);
    expect(importStatusLabel('succeeded')).toBe('Done');
  });

  it('turns progress into a bounded whole percent, full once done', () => {
    expect(progressPercent({ status: 'running', progress: 0.456 })).toBe(45);
    expect(progressPercent({ status: 'running', progress: 1.3 })).toBe(100);
    expect(progressPercent({ status: 'running', progress: Number.NaN })).toBe(0);
    expect(progressPercent({ status: 'succeeded', progress: 0.98 })).toBe(100);
    expect(progressPercent({ status: 'failed', progress: 0.5 })).toBe(50);
  });

  it('counts parsed rows against an estimate while reading, written rows once writing', () => {
    expect(progressRowsLabel({ phase: 'parse', rowsTotal: 5000, rowsParsed: 1200, rowsWritten: 0 })).toBe(
      '1,200 of about 5,000 rows',
    );
    expect(progressRowsLabel({ phase: 'write', rowsTotal: 5000, rowsParsed: 5000, rowsWritten: 250 })).toBe(
      '250 of 5,000 rows',
    );
    expect(progressRowsLabel({ phase: 'upload', rowsTotal: null, rowsParsed: 0, rowsWritten: 0 })).toBe('0 rows');
  });

  it('formats file sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(12_600)).toBe('12 KB');
    expect(formatBytes(4_300_000)).toBe('4.1 MB');
  });
});
