import { displayCode, displayCodeChange } from './code-display';

describe('displayCode', () => {
  it('puts the decimal point of ICD-10-CM codes after the category', () => {
    expect(displayCode('ICD10CM', 'A419')).toBe('A41.9');
    expect(displayCode('ICD10CM', 'J45909')).toBe('J45.909');
    expect(displayCode('ICD10CM', 'I4891')).toBe('I48.91');
  });

  it('leaves three-character categories, dotted codes and the other systems alone', () => {
    expect(displayCode('ICD10CM', 'I10')).toBe('I10');
    expect(displayCode('ICD10CM', 'E11.9')).toBe('E11.9');
    expect(displayCode('ICD10PCS', '0DTJ4ZZ')).toBe('0DTJ4ZZ');
    expect(displayCode('CPT', '99213')).toBe('99213');
    expect(displayCode('HCPCS', 'J1100')).toBe('J1100');
    expect(displayCode('MSDRG', '291')).toBe('291');
    expect(displayCode('ICD10CM', null)).toBe('');
  });

  it('reads a change as before → after', () => {
    expect(displayCodeChange('ICD10CM', 'I5021', 'I5023')).toBe('I50.21 → I50.23');
    expect(displayCodeChange('ICD10CM', null, 'N179')).toBe('N17.9');
  });
});
