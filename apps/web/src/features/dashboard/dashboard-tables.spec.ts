import { describe, expect, it } from '@jest/globals';
import type { CoderRowDto } from '@recode/contracts';
import { toCsv } from './csv';
import { CODER_COLUMNS, intervalText } from './dashboard-tables';

const coder: CoderRowDto = {
  coderId: 'c1',
  externalId: 'C001',
  displayName: 'Casey Coder',
  teamId: 't',
  teamName: 'Inpatient',
  recordsReviewed: 30,
  codesReviewed: 120,
  recordsWithError: 2,
  weightedErrors: 2,
  weightedCodes: 150,
  recordAccuracy: { estimate: 28 / 30, lower: 0.787, upper: 0.982, n: 30 },
  codeAccuracy: { estimate: 118 / 120, lower: null, upper: null, n: 120, clusters: 30 },
  openDisputes: 1,
  trend: { lastMonth: '2026-02', last: 0.95, previousMonth: '2026-01', previous: 0.9, delta: 0.05, direction: 'up' },
  sampleWarning: { message: '…', recordsNeeded: 1462 },
};

describe('coder table', () => {
  it('exports raw numbers, interval ends in their own columns, and the records needed', () => {
    const [header, line] = toCsv(CODER_COLUMNS, [coder]).split('\r\n');
    expect(header).toBe(
      'Coder id,Coder,Team,Records,Record accuracy,Record 95% low,Record 95% high,Codes,Code accuracy,Code 95% low,Code 95% high,Records with error,Open disputes,Trend (points),Records needed',
    );
    expect(line).toBe(`C001,Casey Coder,Inpatient,30,${28 / 30},0.787,0.982,120,${118 / 120},,,2,1,5,1462`);
  });

  it('shows an interval as a range, or a dash without one', () => {
    expect(intervalText(coder.recordAccuracy)).toBe('78.7–98.2%');
    expect(intervalText(coder.codeAccuracy)).toBe('—');
  });
});
