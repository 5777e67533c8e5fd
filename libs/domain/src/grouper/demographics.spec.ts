import { ageInYears, checkGrouperDemographics, type RawGrouperDemographics } from './demographics';

const raw = (over: Partial<RawGrouperDemographics>): RawGrouperDemographics => ({
  age: '',
  birthDate: '',
  sex: '',
  dischargeStatus: '',
  admissionDate: '2025-03-10',
  dischargeDate: '2025-03-20',
  ...over,
});

describe('checkGrouperDemographics', () => {
  it('takes age, sex and status as given, the status as two digits', () => {
    expect(checkGrouperDemographics(raw({ age: '67', sex: 'female', dischargeStatus: '1' }))).toEqual({
      age: 67,
      sex: 'F',
      dischargeStatus: '01',
      issues: [],
    });
    expect(checkGrouperDemographics(raw({ sex: '1', dischargeStatus: '20' }))).toMatchObject({
      age: null,
      sex: 'M',
      dischargeStatus: '20',
    });
  });

  it('computes the age at discharge from the birth date alone', () => {
    expect(checkGrouperDemographics(raw({ birthDate: '1958-03-15' })).age).toBe(67);
    expect(checkGrouperDemographics(raw({ birthDate: '1958-03-21' })).age).toBe(66);
    expect(ageInYears('2000-02-29', '2025-02-28')).toBe(24);
  });

  it('refuses impossible birth dates and non-numbers without keeping them', () => {
    const r = checkGrouperDemographics(raw({ birthDate: '1958-02-30', age: 'old', dischargeStatus: 'home' }));
    expect(r).toMatchObject({ age: null, dischargeStatus: null });
    expect(r.issues.map((i) => [i.field, i.code])).toEqual([
      ['birthDate', 'BIRTH_DATE_INVALID'],
      ['age', 'AGE_INVALID'],
      ['dischargeStatus', 'DISCHARGE_STATUS_UNKNOWN'],
    ]);
    expect(checkGrouperDemographics(raw({ birthDate: '2025-03-21' })).issues[0]?.message).toBe(
      'birth date 2025-03-21 is after the discharge (2025-03-20); the age was not computed',
    );
  });

  it('keeps what the grouper itself refuses (age over 124, an unknown status, an unknown sex) and says so', () => {
    const r = checkGrouperDemographics(raw({ age: '130', sex: 'X', dischargeStatus: '99' }));
    expect(r).toMatchObject({ age: 130, sex: 'U', dischargeStatus: '99' });
    expect(r.issues.map((i) => i.code)).toEqual(['AGE_OUT_OF_RANGE', 'SEX_INVALID', 'DISCHARGE_STATUS_UNKNOWN']);
    expect(checkGrouperDemographics(raw({ sex: 'U' })).issues).toEqual([]);
  });

  it('notes an age that disagrees with the birth date and keeps the age column', () => {
    const r = checkGrouperDemographics(raw({ age: '40', birthDate: '1958-03-15' }));
    expect(r.age).toBe(40);
    expect(r.issues.map((i) => i.code)).toEqual(['AGE_BIRTH_DATE_DISAGREE']);
  });
});
