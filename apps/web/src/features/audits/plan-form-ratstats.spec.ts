import { describe, expect, it } from '@jest/globals';
import { createPlanRequestSchema } from '@recode/contracts';
import { describeMethod } from './plan-describe';
import { EMPTY_PLAN_FORM, toPlanRequest, type PlanFormValues } from './plan-form-values';
import { planIssueErrors } from './plan-form-values-errors';

const form = (values: Partial<PlanFormValues>): PlanFormValues => ({
  ...EMPTY_PLAN_FORM,
  name: 'OIG probe',
  method: 'ratstats',
  size: '30',
  ...values,
});

describe('the plan form with RAT-STATS random numbers', () => {
  it('sends the method with its frame order and a decimal seed as typed', () => {
    const request = toPlanRequest(form({ seed: '4967669.23', frameOrder: 'encounterDate', spares: '5' }));
    expect(request.method).toEqual({ type: 'ratstats', sampleSize: 30, frameOrder: 'encounterDate' });
    expect(request.seed).toBe('4967669.23');
    const parsed = createPlanRequestSchema.safeParse(request);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it.each(['abc', '0', '1e5', '1000000000001'])('shows seed %p as a mistake under the seed field', (seed) => {
    const values = form({ seed });
    const parsed = createPlanRequestSchema.safeParse(toPlanRequest(values));
    expect(parsed.success).toBe(false);
    expect(planIssueErrors(parsed.error?.issues ?? [], values).fields.seed).toMatch(/RAT-STATS seed/);
  });

  it('keeps a decimal seed sent as a JSON number as its digits', () => {
    const parsed = createPlanRequestSchema.safeParse({ ...toPlanRequest(form({})), seed: 4967669.23 });
    expect(parsed.data?.seed).toBe('4967669.23');
  });

  it('accepts an ordinary text seed for the other methods', () => {
    expect(
      createPlanRequestSchema.safeParse(toPlanRequest(form({ method: 'simpleRandom', seed: 'abc' }))).success,
    ).toBe(true);
  });

  it('describes the plan in plain words', () => {
    expect(describeMethod({ type: 'ratstats', sampleSize: 30, frameOrder: 'externalId' })).toBe(
      'RAT-STATS random numbers, 30 records (frame numbered by record number)',
    );
  });
});
