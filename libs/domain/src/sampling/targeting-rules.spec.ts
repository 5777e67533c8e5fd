import type { FrameItem } from './frame';
import {
  allOf,
  anyOf,
  codeIn,
  coderBelowTarget,
  compileTargetingRule,
  drgDiffersFromGrouper,
  drgIn,
  drgWeightAbove,
  flaggedAtImport,
  matchesTargetingRule,
  newCoder,
  type TargetingRule,
} from './targeting-rules';

const sepsis: FrameItem = {
  id: 'e1',
  coderId: 'new-1',
  drg: '871',
  drgWeight: 1.8564,
  codes: ['A419', 'R6520', '5A1955Z'],
};
const hip: FrameItem = {
  id: 'e2',
  coderId: 'vet-1',
  drg: '470',
  drgWeight: 1.9289,
  codes: ['M1611', '0SR9019'],
  flaggedAtImport: true,
};
const clinic: FrameItem = { id: 'e3', coderId: 'vet-2', codes: ['E119', '99214'] };
const ids = (rule: TargetingRule) => [sepsis, hip, clinic].filter(compileTargetingRule(rule)).map((item) => item.id);

describe('targeting rules', () => {
  it('drgWeightAbove is strict and skips encounters without a weight', () => {
    expect(ids(drgWeightAbove(1.9))).toEqual(['e2']);
    expect(ids(drgWeightAbove(1.9289))).toEqual([]);
    expect(ids(drgWeightAbove(0))).toEqual(['e1', 'e2']);
  });

  it('drgIn compares zero-padded DRG numbers', () => {
    expect(ids(drgIn(['470', '65']))).toEqual(['e2']);
    expect(matchesTargetingRule(drgIn(['65']), { id: 'x', coderId: 'c', drg: '065' })).toBe(true);
    expect(matchesTargetingRule(drgIn(['065']), { id: 'x', coderId: 'c', drg: '65' })).toBe(true);
  });

  it('codeIn matches exact codes, dotted or not, or whole families by prefix', () => {
    expect(ids(codeIn(['E11.9']))).toEqual(['e3']);
    expect(ids(codeIn(['A41']))).toEqual([]);
    expect(ids(codeIn(['A41', 'M16'], 'prefix'))).toEqual(['e1', 'e2']);
  });

  it('flaggedAtImport, newCoder and coderBelowTarget use what the caller resolved', () => {
    expect(ids(flaggedAtImport())).toEqual(['e2']);
    expect(ids(newCoder(['new-1']))).toEqual(['e1']);
    expect(ids(coderBelowTarget(['vet-2', 'vet-1']))).toEqual(['e2', 'e3']);
    expect(ids(newCoder([]))).toEqual([]);
  });

  it("drgDiffersFromGrouper keeps the encounters whose billed DRG is not the grouper's", () => {
    const regrouped: FrameItem = {
      id: 'e4',
      coderId: 'vet-1',
      drg: '195',
      flaggedAtImport: true,
      drgDiffersFromGrouper: true,
    };
    expect(
      [sepsis, hip, clinic, regrouped].filter(compileTargetingRule(drgDiffersFromGrouper())).map((item) => item.id),
    ).toEqual(['e4']);
    expect(compileTargetingRule({ type: 'drgDiffersFromGrouper' })(regrouped)).toBe(true);
  });

  it('combines with AND and OR, nested', () => {
    expect(ids(anyOf(drgWeightAbove(1.9), newCoder(['new-1'])))).toEqual(['e1', 'e2']);
    expect(ids(allOf(drgIn(['871', '470']), coderBelowTarget(['vet-1'])))).toEqual(['e2']);
    expect(ids(anyOf(allOf(flaggedAtImport(), drgWeightAbove(1.5)), codeIn(['99214'])))).toEqual(['e2', 'e3']);
  });

  it('survives a JSON round trip unchanged', () => {
    const rule = anyOf(
      allOf(drgWeightAbove(1.5), drgIn(['470'])),
      codeIn(['A41'], 'prefix'),
      newCoder(['new-1']),
      flaggedAtImport(),
    );
    const stored: unknown = JSON.parse(JSON.stringify(rule));
    expect(stored).toEqual(rule);
    expect([sepsis, hip, clinic].filter(compileTargetingRule(stored)).map((item) => item.id)).toEqual(ids(rule));
  });

  it.each([
    [null, 'rule: must be an object with a "type"'],
    [{ type: 'highRisk' }, 'rule.type: unknown rule type "highRisk"'],
    [{ type: 'allOf', rules: [] }, 'rule.rules: must be a non-empty list of rules'],
    [{ type: 'anyOf', rules: [{ type: 'drgWeightAbove', weight: '2' }] }, 'rule.rules[0].weight: must be a number'],
    [{ type: 'drgIn', drgs: ['470', '12345'] }, 'rule.drgs[1]: MS-DRGs are 3 digits from 001 to 999; "12345" is not'],
    [{ type: 'drgIn', drgs: [] }, 'rule.drgs: must be a non-empty list of DRG numbers'],
    [{ type: 'codeIn', codes: ['A41'], match: 'fuzzy' }, 'rule.match: must be "exact" or "prefix"'],
    [{ type: 'newCoder', coderIds: [1, 2] }, 'rule.coderIds: must be a list of coder ids'],
  ])('refuses %j with the path of the problem', (rule, message) => {
    expect(() => compileTargetingRule(rule)).toThrow(expect.objectContaining({ code: 'SAMPLE_RULE_INVALID', message }));
  });
});
