import { deriveFindings } from './derive-findings';
import type { AuditCodeLine, AuditCodeSystem, RecordUnderReview } from './types';

const line = (
  system: AuditCodeSystem,
  code: string,
  sequence: number,
  extra: Partial<AuditCodeLine> = {},
): AuditCodeLine => ({
  system,
  code,
  sequence,
  principal: sequence === 1,
  ...extra,
});
const dx = (code: string, sequence: number, extra: Partial<AuditCodeLine> = {}) =>
  line('ICD10CM', code, sequence, extra);
const cpt = (code: string, sequence: number, extra: Partial<AuditCodeLine> = {}) => line('CPT', code, sequence, extra);
const review = (
  coderCodes: AuditCodeLine[],
  auditorCodes: AuditCodeLine[],
  extra: Partial<RecordUnderReview> = {},
): RecordUnderReview => ({
  setting: 'outpatient',
  coderCodes,
  auditorCodes,
  ...extra,
});
const summary = (record: RecordUnderReview) =>
  deriveFindings(record).map(
    (f) => `${f.type} ${f.codeBefore ?? '-'}→${f.codeAfter ?? '-'} ${f.category}${f.principal ? ' P' : ''}`,
  );

describe('deriveFindings', () => {
  it('finds nothing when the auditor agrees, even with dots, case and exempt POA spelled differently', () => {
    const coder = [dx('E11.9', 1, { poa: '1' }), dx('i10', 2, { poa: null })];
    const auditor = [dx('E119', 1, { poa: '' }), dx('I10', 2, { poa: '0' })];
    expect(deriveFindings(review(coder, auditor))).toEqual([]);
  });

  it('pairs a wrong principal diagnosis of another category as one revision of the principal slot', () => {
    const record = review([dx('J189', 1), dx('E119', 2)], [dx('J690', 1), dx('E119', 2)]);
    const [finding] = deriveFindings(record);
    expect(finding).toMatchObject({
      type: 'revised',
      codeBefore: 'J189',
      codeAfter: 'J690',
      category: 'principal_dx',
      principal: true,
    });
  });

  it('pairs a secondary diagnosis with a more specific code of the same category (E119 → E1165)', () => {
    expect(summary(review([dx('I10', 1), dx('E119', 2)], [dx('I10', 1), dx('E1165', 2)]))).toEqual([
      'revised E119→E1165 secondary_dx',
    ]);
  });

  it('does not pair secondary diagnoses of different categories just because they share a line number', () => {
    const record = review([dx('I10', 1), dx('E119', 2)], [dx('I10', 1), dx('N179', 2)]);
    expect(summary(record)).toEqual(['deleted E119→- secondary_dx', 'added -→N179 secondary_dx']);
    expect(deriveFindings(record).map((f) => f.suggestedDirection)).toEqual(['over', 'under']);
  });

  it('reports a swapped principal as one resequencing when both codes are on both sides', () => {
    const record = review([dx('I10', 1), dx('J189', 2)], [dx('J189', 1), dx('I10', 2)]);
    expect(summary(record)).toEqual(['resequenced I10→J189 principal_dx P']);
  });

  it('reports an unsupported principal as a deletion, not also a resequencing, when a secondary is promoted', () => {
    const record = review([dx('R0789', 1), dx('I10', 2)], [dx('I10', 1)]);
    expect(summary(record)).toEqual(['deleted R0789→- principal_dx P']);
  });

  it('reports a changed POA indicator on a code both sides kept', () => {
    const [finding] = deriveFindings(
      review([dx('I10', 1), dx('N179', 2, { poa: 'Y' })], [dx('I10', 1), dx('N179', 2, { poa: 'n' })]),
    );
    expect(finding).toMatchObject({
      type: 'poa_changed',
      category: 'poa',
      codeBefore: 'N179',
      poaBefore: 'Y',
      poaAfter: 'N',
      principal: false,
    });
  });

  it('compares modifiers as a set and reports a changed one', () => {
    expect(
      deriveFindings(
        review([cpt('99214', 1, { modifiers: ['25', '59'] })], [cpt('99214', 1, { modifiers: ['59', '25'] })]),
      ),
    ).toEqual([]);
    const [finding] = deriveFindings(
      review([cpt('20610', 1, { modifiers: ['RT'] })], [cpt('20610', 1, { modifiers: ['LT'] })]),
    );
    expect(finding).toMatchObject({
      type: 'modifier_changed',
      category: 'modifier',
      modifiersBefore: ['RT'],
      modifiersAfter: ['LT'],
    });
  });

  it('matches repeated codes by their modifiers, so a bilateral pair in another order is no difference', () => {
    const coder = [cpt('20610', 1, { modifiers: ['RT'] }), cpt('20610', 2, { modifiers: ['LT'] })];
    const auditor = [cpt('20610', 1, { modifiers: ['LT'] }), cpt('20610', 2, { modifiers: ['RT'] })];
    expect(deriveFindings(review(coder, auditor))).toEqual([]);
  });

  it('reports changed units, a missing value meaning one unit', () => {
    const hcpcs = (units?: number) => line('HCPCS', 'J1885', 1, { units });
    expect(deriveFindings(review([hcpcs(1)], [hcpcs()]))).toEqual([]);
    expect(deriveFindings(review([hcpcs(4)], [hcpcs(2)]))[0]).toMatchObject({
      type: 'units_changed',
      category: 'units',
      unitsBefore: 4,
      unitsAfter: 2,
      suggestedDirection: 'over',
    });
  });

  it('calls a revision within one E/M family an E/M level change, with its direction', () => {
    const record = review([dx('M545', 1), cpt('99214', 1)], [dx('M545', 1), cpt('99213', 1)], { setting: 'profee' });
    expect(deriveFindings(record)).toEqual([
      {
        type: 'em_level_changed',
        system: 'CPT',
        codeBefore: '99214',
        codeAfter: '99213',
        category: 'em_level',
        principal: true,
        suggestedDirection: 'over',
      },
    ]);
  });

  it('pairs E/M codes by family across lines; moved to first-listed, the level change touches the principal', () => {
    // No separate resequencing: 99284 was never on the coder's side, so only the level change explains the move.
    const coder = [cpt('12001', 1), cpt('99283', 2)];
    const auditor = [cpt('99284', 1), cpt('12001', 2)];
    expect(summary(review(coder, auditor))).toEqual(['em_level_changed 99283→99284 em_level P']);
  });

  it('calls new vs established patient a revised CPT code, not a level change', () => {
    expect(summary(review([cpt('99203', 1)], [cpt('99213', 1)]))).toEqual(['revised 99203→99213 cpt P']);
  });

  it('pairs CPT and HCPCS codes on the same claim line', () => {
    const coder = [cpt('99213', 1), cpt('12001', 2), line('HCPCS', 'J1100', 3)];
    const auditor = [cpt('99213', 1), cpt('12002', 2), line('HCPCS', 'J1885', 3)];
    expect(summary(review(coder, auditor))).toEqual(['revised 12001→12002 cpt', 'revised J1100→J1885 hcpcs']);
  });

  it('pairs ICD-10-PCS codes with the same section, body system and root operation', () => {
    const pcs = (code: string, sequence: number) => line('ICD10PCS', code, sequence);
    const record = review([pcs('0DTJ4ZZ', 1), pcs('0DJ08ZZ', 2)], [pcs('0DTJ0ZZ', 1)], { setting: 'inpatient' });
    expect(summary(record)).toEqual(['revised 0DTJ4ZZ→0DTJ0ZZ pcs P', 'deleted 0DJ08ZZ→- pcs']);
  });

  it('adds a DRG change last, with the weights and a direction from them', () => {
    const base = { setting: 'inpatient' as const, drgWeightBefore: 1.4, drgWeightAfter: 0.95 };
    const findings = deriveFindings(
      review([dx('J189', 1)], [dx('J189', 1)], { ...base, coderDrg: '193', auditorDrg: '194' }),
    );
    expect(findings).toEqual([
      {
        type: 'drg_changed',
        system: 'MSDRG',
        codeBefore: '193',
        codeAfter: '194',
        category: 'drg',
        principal: false,
        suggestedDirection: 'over',
        weightBefore: 1.4,
        weightAfter: 0.95,
      },
    ]);
    expect(deriveFindings(review([], [], { coderDrg: '65', auditorDrg: '065' }))).toEqual([]);
    expect(deriveFindings(review([], [], { coderDrg: null, auditorDrg: '065' }))).toEqual([]);
  });

  it('gives the same findings in the same order whatever order the lines arrive in', () => {
    const coder = [
      dx('J189', 1),
      dx('E119', 2),
      dx('I10', 3, { poa: 'Y' }),
      cpt('99223', 1),
      cpt('36556', 2, { modifiers: ['59'] }),
    ];
    const auditor = [
      dx('J690', 1),
      dx('E1165', 2),
      dx('I10', 3, { poa: 'N' }),
      dx('N179', 4),
      cpt('99222', 1),
      cpt('36556', 2),
    ];
    const expected = [
      'revised J189→J690 principal_dx P',
      'revised E119→E1165 secondary_dx',
      'poa_changed I10→I10 poa',
      'added -→N179 secondary_dx',
      'em_level_changed 99223→99222 em_level P',
      'modifier_changed 36556→36556 modifier',
    ];
    expect(summary(review(coder, auditor))).toEqual(expected);
    expect(
      summary(review([...coder].reverse(), [auditor[3], auditor[5], auditor[0], auditor[4], auditor[2], auditor[1]])),
    ).toEqual(expected);
  });
});
