import { countCodesReviewed } from './code-lines';
import { EM_FAMILIES, emLevelOf } from './em-families';

describe('countCodesReviewed', () => {
  it('counts the union of both sides by (system, code): a code on both sides once', () => {
    // coder {J189, E119, I10}, auditor {J690, E119, I10} → {J189, J690, E119, I10} = 4
    const dx = (code: string) => ({ system: 'ICD10CM' as const, code });
    const coder = [dx('J189'), dx('E11.9'), dx('I10')];
    const auditor = [dx('J690'), dx('E119'), dx('I10')];
    expect(countCodesReviewed(coder, auditor)).toBe(4);
  });

  it('keeps systems apart: ICD-10-CM J1100 (influenza) and HCPCS J1100 (dexamethasone) are two codes', () => {
    expect(countCodesReviewed([{ system: 'ICD10CM', code: 'J1100' }], [{ system: 'HCPCS', code: 'J1100' }])).toBe(2);
  });

  it('is 0 for an empty record', () => {
    expect(countCodesReviewed([], [])).toBe(0);
  });
});

describe('E/M families', () => {
  it('knows the family and level of a leveled E/M code', () => {
    expect(emLevelOf('99215')).toMatchObject({ family: { id: 'office_established' }, level: 5 });
    expect(emLevelOf('99283')).toMatchObject({ family: { id: 'emergency' }, level: 3 });
    expect(emLevelOf('99291')).toBeNull(); // critical care is time-based, not a level
    expect(emLevelOf('12001')).toBeNull();
  });

  it('puts every code in exactly one family', () => {
    const all = EM_FAMILIES.flatMap((family) => family.codes);
    expect(new Set(all).size).toBe(all.length);
    expect(all.every((code) => /^99\d{3}$/.test(code))).toBe(true);
  });
});
