import { describe, expect, it } from '@jest/globals';
import { encounterDates, formatCharges, formatDrg, issueLabel, poaLabel } from './encounter-format';

describe('encounter formatting', () => {
  it('says what an import finding means, and still shows one it does not know', () => {
    expect(issueLabel('CODE_NOT_BILLABLE')).toBe('Header (non-billable) code');
    expect(issueLabel('SOMETHING_NEW')).toBe('Something new');
  });

  it('formats charges as dollars and a DRG with its four-decimal weight', () => {
    expect(formatCharges(12345.5)).toBe('$12,345.50');
    expect(formatCharges(null)).toBe('—');
    expect(formatDrg('871', 'Septicemia w MCC', 1.8526)).toBe('871 · Septicemia w MCC · weight 1.8526');
    expect(formatDrg('871', null, null)).toBe('871');
    expect(formatDrg(null, null, null)).toBe('—');
  });

  it('explains POA indicators in either case', () => {
    expect(poaLabel('y')).toBe('Present on admission');
    expect(poaLabel('1')).toBe('Exempt from POA reporting');
    expect(poaLabel(null)).toBeUndefined();
  });

  it('shows the stay for inpatient and the service date otherwise', () => {
    const base = { admissionDate: '2025-10-01', dischargeDate: '2025-10-04', serviceDate: null };
    expect(encounterDates({ setting: 'inpatient', ...base })).toEqual({
      label: 'Stay',
      from: '2025-10-01',
      to: '2025-10-04',
    });
    expect(
      encounterDates({ setting: 'outpatient', admissionDate: null, dischargeDate: null, serviceDate: '2025-11-03' }),
    ).toEqual({ label: 'Service date', from: '2025-11-03', to: null });
  });
});
