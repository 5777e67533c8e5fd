import { describe, expect, it } from '@jest/globals';
import { createPlanRequestSchema } from '@recode/contracts';
import { EMPTY_PLAN_FORM, splitList, toPlanRequest } from './plan-form-values';

describe('toPlanRequest', () => {
  it('builds a stratified probe with only the scope that was chosen', () => {
    const request = toPlanRequest({ ...EMPTY_PLAN_FORM, name: ' March probe ', dateFrom: '2026-03-01', dateTo: '2026-03-31', size: '30' });
    expect(request).toEqual({
      name: 'March probe',
      scope: { dateFrom: '2026-03-01', dateTo: '2026-03-31' },
      method: { type: 'fixedPerCoder', perCoder: 30 },
      rules: null,
      seed: null,
      spares: 2,
    });
    expect(createPlanRequestSchema.safeParse(request).success).toBe(true);
  });

  it('keeps the seed as text and the percentage basis', () => {
    const request = toPlanRequest({ ...EMPTY_PLAN_FORM, name: 'p', method: 'percentage', size: '5', percentPer: 'coder', seed: ' 42 ' });
    expect(request.method).toEqual({ type: 'percentage', percent: 5, per: 'coder' });
    expect(request.seed).toBe('42');
  });

  it('combines the targeting rules that were filled in', () => {
    const request = toPlanRequest({ ...EMPTY_PLAN_FORM, name: 'r', drgWeightAbove: '2.5', drgIn: '291, 292', codeIn: 'E11.9', flaggedAtImport: true, rulesCombine: 'all' });
    expect(request.rules).toEqual({
      combine: 'all',
      rules: [
        { type: 'drgWeightAbove', weight: 2.5 },
        { type: 'drgIn', drgs: ['291', '292'] },
        { type: 'codeIn', codes: ['E119'], match: 'prefix' },
        { type: 'flaggedAtImport' },
      ],
    });
  });

  it('lets the schema refuse a size that is not a whole number', () => {
    const parsed = createPlanRequestSchema.safeParse(toPlanRequest({ ...EMPTY_PLAN_FORM, name: 'x', size: 'ten' }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['method', 'perCoder']);
  });
});

describe('splitList', () => {
  it('splits on commas, semicolons and spaces', () => {
    expect(splitList(' 291,292; 470 \n 871 ')).toEqual(['291', '292', '470', '871']);
  });
});
