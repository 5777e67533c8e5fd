import { severityDrivers } from './explain';
import { group } from './group';
import { buildGrouperTables } from './tables';
import type { GrouperTables } from './tables-types';
import type { GrouperInput } from './types';

const table = (header: string, rows: string[][]): string => [header, ...rows.map((r) => r.join('\t'))].join('\n');

/**
 * A miniature version of the CMS tables with the features the unit specs exercise: a pre-MDC transplant,
 * a multiple-trauma reroute, sex-dependent MDCs, CC/MCC splits, an MCC-only-if-alive code, a CC exclusion,
 * bilateral joints, a DRG with severity suppression, and one HAC.
 */
function fixtureTables(): GrouperTables {
  const formulas = [
    ['0', '1', '0', '0', 'NA', '0', '0', '0', '', 'SDX:mccalive & INVALID_DSTAT'],
    ['0', '2', '5', '5', 'SURGICAL', '0', '0', '0', '', 'liverxp & MCC'],
    ['0', '3', '6', '5', 'SURGICAL', '0', '0', '0', '', 'liverxp'],
    ['0', '4', '0', '0', 'NA', '0', '24', '0', '', 'PDX:strauma & MULTST'],
    ['0', '5', '0', '0', 'NA', '0', '0', '0', '', 'INVALID_SEX'],
    ['5', '1', '280', '280', 'MEDICAL', '0', '0', '0', '', 'PDX:ami & ALIVE & MCC'],
    ['5', '2', '281', '280', 'MEDICAL', '0', '0', '0', '', 'PDX:ami & ALIVE & CC'],
    ['5', '3', '282', '280', 'MEDICAL', '0', '0', '0', '', 'PDX:ami & ALIVE'],
    ['5', '4', '285', '283', 'MEDICAL', '0', '0', '0', '', 'PDX:ami & DIED'],
    ['8', '1', '461', '461', 'SURGICAL', '0', '0', '0', '', 'MCC & BILATERAL'],
    ['8', '2', '462', '461', 'SURGICAL', '0', '0', '0', '', 'BILATERAL'],
    ['8', '3', '470', '469', 'SURGICAL', '0', '0', '0', '', 'majjoint'],
    ['8', '4', '0', '0', 'NA', '0', '29', '0', '', '(d468 | d477)'],
    ['8', '5', '553', '553', 'MEDICAL', '0', '0', '0', '', 'PDX:bone & (MCC | CC)'],
    ['8', '6', '554', '553', 'MEDICAL', '0', '0', '0', '', 'PDX:bone'],
    ['10', '1', '637', '637', 'MEDICAL', '0', '0', '0', 'diabetes', 'PDX:endo & MCC'],
    ['10', '2', '639', '637', 'MEDICAL', '0', '0', '0', 'diabetes', 'PDX:endo'],
    ['12', '1', '726', '726', 'MEDICAL', '0', '0', '0', '', 'PDX:male'],
    ['13', '1', '761', '761', 'MEDICAL', '0', '0', '0', '', 'PDX:female'],
    ['24', '1', '963', '963', 'MEDICAL', '0', '0', '0', '', 'PDX:strauma & MCC'],
    ['24', '2', '965', '963', 'MEDICAL', '0', '0', '0', '', 'PDX:strauma & MULTST'],
    ['29', '1', '981', '981', 'SURGICAL', '0', '0', '0', '', 'MCC & d468'],
    ['29', '2', '983', '981', 'SURGICAL', '0', '0', '0', '', 'd468'],
  ];
  const dx = [
    ['I214', '5', 'MCC', 'ami', ''],
    ['I469', '5', 'MCC', 'mccalive', ''],
    ['E1100', '10', 'MCC', 'diabetes', 'endo'],
    ['E1165', '10', 'CC', 'diabetes', ''],
    ['M1711', '8', 'NCC', '', 'bone'],
    ['M8008', '8', 'NCC', '', 'bone'],
    ['D62', '16', 'CC', '', ''],
    ['J9600', '4', 'MCC', '', ''],
    ['A5400', '12', 'NCC', '', 'male female'],
    ['S0650', '21', 'MCC', 'strauma sthead', ''],
    ['S2700', '4', 'MCC', 'strauma stchest', ''],
    ['T8141XA', '21', 'CC', '', ''],
    ['V0001XA', '0', 'NCC', 'ecode', ''],
    ['K7030', '7', 'MCC', '', ''],
  ];
  const pr = [
    ['0FY00Z0', 'liverxp d468'],
    ['0SRB0J9', 'majjoint lefthip d468'],
    ['0SRD0J9', 'majjoint leftknee d468'],
    ['0SRC0J9', 'majjoint rightknee d468'],
    ['0DTJ4ZZ', 'd468 appendix'],
  ];
  return buildGrouperTables({
    version: '999',
    drg: table('drg\tmdcs\ttype\tdescription', [
      ['5', '00', 'SURGICAL', 'Liver Transplant with MCC'],
      ['6', '00', 'SURGICAL', 'Liver Transplant without MCC'],
      ['999', '99', 'NA', 'Ungroupable'],
    ]),
    mdc: table('mdc\tdescription', [['0', 'Pre-MDC']]),
    dx: table('code\tmdc\tseverity\tdx_attributes\tdx_category_attributes', dx),
    dxSexMdc: table('#code\tsex_to_mdc', [['A5400', '1:12 2:13']]),
    pdxCcExclusionGroup: table('principal_dx\texclusion_group_id', [['M8008', '1']]),
    ccExclusionGroups: table('exclusion_group_id\tcodes', [['1', 'D62 M8008']]),
    pr: table('code\tpr_attributes', pr),
    prClusterIds: table('code\tcluster_ids', []),
    clusters: table('cluster_id\tsuppression_mdcs\tchoices', []),
    drgFormulas: table(
      'mdc\trank\tdrg\tbase_drg\ttype\tdrg_severity\treroute_mdc\tgrouper_return_code\tseverity_suppression_operand\tformula',
      formulas,
    ),
    hacCodes: table('code\thac_operands\thac_numbers', [
      ['T8141XA', 'HAC12', '12'],
      ['0SRB0J9', 'hac12_proc', '12'],
    ]),
    hacFormulas: table('hac_number\tformula\tdescription', [
      ['12', 'SDX:HAC12 & hac12_proc', 'Surgical Site Infection'],
    ]),
  });
}

const tables = fixtureTables();
const claim = (over: Partial<GrouperInput>): GrouperInput => ({
  age: 65,
  sex: 'F',
  dischargeStatus: 1,
  pdx: 'M1711',
  sdx: [],
  procedures: [],
  ...over,
});
const sdx = (...codes: string[]): GrouperInput['sdx'] => codes.map((code) => ({ code, poa: 'Y' }));

describe('group (MS-DRG logic on miniature CMS tables)', () => {
  it('evaluates the pre-MDC before the principal diagnosis MDC and reports the principal MDC', () => {
    const r = group(claim({ pdx: 'M1711', procedures: ['0FY00Z0', '0SRD0J9'], sdx: sdx('J9600') }), tables);
    expect([r.finalDrg, r.finalMdc, r.medSurg, r.severity, r.drgDescription]).toEqual([
      5,
      8,
      'SURGICAL',
      'MCC',
      'Liver Transplant with MCC',
    ]);
    expect(group(claim({ pdx: 'M1711', procedures: ['0FY00Z0'] }), tables).finalDrg).toBe(6);
  });

  it('splits by the highest secondary severity: MCC, CC, neither', () => {
    expect(group(claim({ pdx: 'I214', sdx: sdx('J9600') }), tables).finalDrg).toBe(280);
    expect(group(claim({ pdx: 'I214', sdx: sdx('D62') }), tables).finalDrg).toBe(281);
    const none = group(claim({ pdx: 'I214', sdx: sdx('A5400') }), tables);
    expect([none.finalDrg, none.severity, none.secondaries[0].usage]).toEqual([282, 'NON_CC', 'NEITHER']);
  });

  it('drops a secondary the principal excludes as CC/MCC and says so', () => {
    const r = group(claim({ pdx: 'M8008', sdx: sdx('D62') }), tables);
    expect([r.finalDrg, r.secondaries[0].usage, r.secondaries[0].excludedByPrincipal]).toEqual([
      554,
      'CC_EXCLUDED',
      true,
    ]);
    expect(group(claim({ pdx: 'M1711', sdx: sdx('D62') }), tables).finalDrg).toBe(553);
  });

  it('counts an MCC-if-alive code only when the patient was discharged alive', () => {
    const alive = group(claim({ pdx: 'I214', sdx: sdx('I469'), dischargeStatus: 1 }), tables);
    expect([alive.finalDrg, alive.secondaries[0].usage]).toEqual([280, 'MCC']);
    const died = group(claim({ pdx: 'I214', sdx: sdx('I469'), dischargeStatus: 20 }), tables);
    expect([died.finalDrg, died.secondaries[0].usage]).toEqual([285, 'NEITHER']);
    const unknown = group(claim({ pdx: 'I214', sdx: sdx('I469'), dischargeStatus: null }), tables);
    expect([unknown.finalDrg, unknown.returnCode]).toEqual([999, 'INVALID_DISCHARGE_STATUS']);
  });

  it('groups two different major joints as bilateral/multiple, one joint as single', () => {
    expect(group(claim({ procedures: ['0SRD0J9', '0SRC0J9'] }), tables).finalDrg).toBe(462);
    expect(group(claim({ procedures: ['0SRD0J9', '0SRC0J9'], sdx: sdx('J9600') }), tables).finalDrg).toBe(461);
    expect(group(claim({ procedures: ['0SRD0J9'] }), tables).finalDrg).toBe(470);
  });

  it('reroutes an unrelated O.R. procedure to DRGs 981–983 in the principal MDC', () => {
    const r = group(claim({ pdx: 'M1711', procedures: ['0DTJ4ZZ'], sdx: sdx('J9600') }), tables);
    expect([r.finalDrg, r.finalMdc]).toEqual([981, 8]);
  });

  it('reroutes multiple significant trauma to MDC 24', () => {
    const r = group(claim({ pdx: 'S0650', sdx: sdx('S2700') }), tables);
    expect([r.finalDrg, r.finalMdc]).toEqual([963, 24]);
  });

  it('takes the MDC of a sex-dependent principal from the sex, and refuses an unknown sex', () => {
    expect(group(claim({ pdx: 'A5400', sex: 'M' }), tables).finalDrg).toBe(726);
    expect(group(claim({ pdx: 'A5400', sex: 'F' }), tables).finalDrg).toBe(761);
    const unknown = group(claim({ pdx: 'A5400', sex: 'U' }), tables);
    expect([unknown.finalDrg, unknown.returnCode]).toEqual([999, 'INVALID_SEX']);
    expect(group(claim({ pdx: 'I214', sex: null }), tables).returnCode).toBe('OK');
  });

  it('does not count secondaries the DRG suppresses (severity suppression operand)', () => {
    const r = group(claim({ pdx: 'E1100', sdx: sdx('E1165', 'J9600') }), tables);
    expect([r.finalDrg, r.secondaries.map((s) => s.usage)]).toEqual([637, ['CC_EXCLUDED_BY_DRG_LOGIC', 'MCC']]);
    const only = group(claim({ pdx: 'E1100', sdx: sdx('E1165') }), tables);
    expect([only.finalDrg, only.severity]).toEqual([639, 'NON_CC']);
  });

  it('applies a HAC only when its secondary was not present on admission', () => {
    const input = claim({ pdx: 'I214', procedures: ['0SRB0J9'] });
    const poaY = group({ ...input, sdx: [{ code: 'T81.41XA', poa: 'Y' }] }, tables);
    expect([poaY.initialDrg, poaY.finalDrg, poaY.hacs]).toEqual([281, 281, []]);
    const poaN = group({ ...input, sdx: [{ code: 'T8141XA', poa: 'N' }] }, tables);
    expect([poaN.initialDrg, poaN.finalDrg, poaN.hacChangedDrg]).toEqual([281, 282, true]);
    expect(poaN.hacs).toEqual([{ number: 12, description: 'Surgical Site Infection', codes: ['T8141XA'] }]);
  });

  it('answers bad input with the grouper return codes, never a throw', () => {
    expect(group(claim({ pdx: 'V0001XA' }), tables)).toMatchObject({ finalDrg: 999, returnCode: 'DX_CANNOT_BE_PDX' });
    expect(group(claim({ pdx: 'Q9999' }), tables)).toMatchObject({ finalDrg: 999, returnCode: 'INVALID_PDX' });
    expect(group(claim({ pdx: '' }), tables)).toMatchObject({
      returnCode: 'INVALID_PDX',
      message: 'the principal diagnosis is missing',
    });
    expect(group(claim({ age: 130 }), tables)).toMatchObject({
      returnCode: 'INVALID_AGE',
      message: 'age 130 is not 0 to 124',
    });
    expect(group(claim({ age: null }), tables)).toMatchObject({
      returnCode: 'INVALID_AGE',
      message: 'the age is missing',
    });
    const unknownCodes = group(claim({ pdx: 'I214', sdx: sdx('ZZZ99'), procedures: ['XXXXXXX'] }), tables);
    expect([unknownCodes.finalDrg, unknownCodes.secondaries[0].usage]).toEqual([282, 'NEITHER']);
  });

  it('accepts dotted and lower-case codes', () => {
    expect(group(claim({ pdx: 'i21.4', sdx: sdx('j96.00') }), tables).finalDrg).toBe(280);
  });
});

describe('severityDrivers', () => {
  it('names the secondaries at the level the DRG reached, not the lower ones or the excluded', () => {
    const r = group(claim({ pdx: 'I214', sdx: sdx('D62', 'J9600', 'K7030') }), tables);
    expect(severityDrivers(r)).toEqual(['J9600', 'K7030']);
    expect(severityDrivers(group(claim({ pdx: 'M8008', sdx: sdx('D62') }), tables))).toEqual([]);
  });
});
