import { describe, expect, it } from '@jest/globals';
import type { RegroupResponse } from '@recode/contracts';
import { regroupRequest, secondaryNotes } from './regroup-request';
import type { DraftLine } from './review-draft';

const line = (system: DraftLine['system'], code: string, poa: string | null = null): DraftLine => ({
  uid: `${system}-${code}`,
  system,
  code,
  description: null,
  poa,
  modifiers: [],
  units: null,
  poaExempt: false,
});
const context = { dischargeDate: '2025-11-03', facility: 'NORTH', billedDrg: '195' };
const known = { age: '67', sex: 'F' as const, dischargeStatus: '01' };

describe('regroupRequest', () => {
  it('sends the first diagnosis as principal, the others with their POA, and the PCS lines as procedures', () => {
    const lines = [
      line('ICD10CM', 'J189', 'Y'),
      line('ICD10CM', 'E1100', 'N'),
      line('ICD10CM', 'Z23', ''),
      line('ICD10PCS', '0BH17EZ'),
    ];
    expect(regroupRequest(lines, context, known)).toEqual({
      dischargeDate: '2025-11-03',
      age: 67,
      sex: 'F',
      dischargeStatus: 1,
      principal: 'J189',
      secondaries: [
        { code: 'E1100', poa: 'N' },
        { code: 'Z23', poa: null },
      ],
      procedures: ['0BH17EZ'],
      billedDrg: '195',
      facility: 'NORTH',
    });
  });

  it('sends blank or unusable demographics as missing rather than guessing', () => {
    const request = regroupRequest(
      [line('ICD10CM', 'J189', 'Y')],
      { ...context, billedDrg: null },
      { age: 'old', sex: '', dischargeStatus: '' },
    );
    expect(request).toMatchObject({ age: null, sex: null, dischargeStatus: null, billedDrg: null });
  });

  it('has nothing to group without a diagnosis', () => {
    expect(regroupRequest([line('ICD10PCS', '0BH17EZ')], context, known)).toBeNull();
  });
});

describe('secondaryNotes', () => {
  it('names the secondary that made it "with MCC" and the CC the principal excluded', () => {
    const result = {
      secondaries: [
        { code: 'E1100', poa: 'Y', severity: 'MCC', usage: 'MCC', drives: true },
        { code: 'J9600', poa: 'Y', severity: 'CC', usage: 'CC_EXCLUDED', drives: false },
        { code: 'Z87891', poa: 'Y', severity: 'NONE', usage: 'NEITHER', drives: false },
      ],
    } as unknown as RegroupResponse;
    expect(secondaryNotes(result)).toEqual({
      drivers: [{ code: 'E11.00', text: 'MCC: made it “with MCC”' }],
      excluded: [{ code: 'J96.00', text: 'CC excluded by the principal diagnosis' }],
    });
  });
});
