import { grouperInputFromEncounter } from './encounter-input';

const codes = [
  { system: 'ICD10CM', code: 'E11.00', principal: false, poa: 'Y' },
  { system: 'ICD10CM', code: 'J18.9', principal: true, poa: 'Y' },
  { system: 'ICD10PCS', code: '0DTJ4ZZ', principal: false },
  { system: 'CPT', code: '99223', principal: false },
];

describe('grouperInputFromEncounter', () => {
  it('takes the flagged principal, the other diagnoses with POA and the PCS procedures', () => {
    const { input, missing, problems } = grouperInputFromEncounter(
      { age: '67', sex: 'female', dischargeStatus: '01' },
      codes,
    );
    expect(input).toEqual({
      age: 67,
      sex: 'F',
      dischargeStatus: 1,
      pdx: 'J18.9',
      sdx: [{ code: 'E11.00', poa: 'Y' }],
      procedures: ['0DTJ4ZZ'],
    });
    expect([missing, problems]).toEqual([[], []]);
  });

  it('computes the age at admission from the birth date', () => {
    const fields = {
      birthDate: '1958-03-15',
      admissionDate: '2025-03-14',
      dischargeDate: '2025-03-20',
      sex: '1',
      dischargeStatus: 20,
    };
    expect(grouperInputFromEncounter(fields, codes).input).toMatchObject({ age: 66, sex: 'M', dischargeStatus: 20 });
    expect(grouperInputFromEncounter({ ...fields, admissionDate: '2025-03-15' }, codes).input.age).toBe(67);
  });

  it('lists what is missing and what is unusable instead of guessing', () => {
    const none = grouperInputFromEncounter({}, [{ system: 'ICD10PCS', code: '0DTJ4ZZ', principal: false }]);
    expect(none.missing).toEqual(['age', 'sex', 'discharge status', 'principal diagnosis']);
    expect(none.input).toMatchObject({ age: null, sex: null, dischargeStatus: null, pdx: '' });
    const bad = grouperInputFromEncounter({ age: 'old', sex: 'X', dischargeStatus: 'home' }, codes);
    expect(bad.problems).toEqual([
      'age "old" is not a whole number of years',
      'discharge status "home" is not a UB-04 patient status code',
    ]);
    expect(bad.input.sex).toBe('U');
  });

  it('takes the first diagnosis as principal when none is flagged', () => {
    const { input } = grouperInputFromEncounter(
      { age: 50 },
      codes.map((c) => ({ ...c, principal: false })),
    );
    expect(input.pdx).toBe('E11.00');
  });
});
