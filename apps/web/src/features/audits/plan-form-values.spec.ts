import { describe, expect, it } from '@jest/globals';
import { createPlanRequestSchema, updatePlanRequestSchema, type AuditPlanDto } from '@recode/contracts';
import { ApiError } from '../../lib/api-error';
import {
  EMPTY_PLAN_FORM,
  splitList,
  toPlanRequest,
  toUpdatePlanRequest,
  type PlanFormValues,
} from './plan-form-values';
import { planErrorKey, planIssueErrors, planSubmitErrors } from './plan-form-values-errors';
import { planToFormValues } from './plan-form-values-from-plan';

const form = (values: Partial<PlanFormValues>): PlanFormValues => ({ ...EMPTY_PLAN_FORM, name: 'p', ...values });
const CODER = '0b9d1f55-6f0c-4a57-9d55-3c1f0cbd0a01';
const AUDITOR = '7a4e2c1b-8d3f-4e5a-9b6c-0d1e2f3a4b5c';

describe('toPlanRequest', () => {
  it('builds a stratified probe with only the scope that was chosen, and the settings left to the admin', () => {
    const request = toPlanRequest(
      form({ name: ' March probe ', dateFrom: '2026-03-01', dateTo: '2026-03-31', size: '30' }),
    );
    expect(request).toEqual({
      name: 'March probe',
      description: null,
      scope: { dateFrom: '2026-03-01', dateTo: '2026-03-31' },
      method: { type: 'fixedPerCoder', perCoder: 30 },
      rules: null,
      seed: null,
      spares: 2,
      exclusionWindowDays: null,
      dueInDays: null,
      auditorIds: [],
      schedule: null,
    });
    expect(createPlanRequestSchema.safeParse(request).success).toBe(true);
  });

  it('sends the whole scope: facilities, payers, settings, coders, flagged only', () => {
    const request = toPlanRequest(
      form({
        facilities: 'MAIN, north',
        payers: 'Medicare;BCBS',
        settings: ['inpatient'],
        coderIds: [CODER],
        flaggedOnly: true,
      }),
    );
    expect(request.scope).toEqual({
      facilities: ['MAIN', 'north'],
      payers: ['Medicare', 'BCBS'],
      settings: ['inpatient'],
      coderIds: [CODER],
      flaggedOnly: true,
    });
  });

  it('uses a relative period instead of dates, even when dates were typed before switching', () => {
    const request = toPlanRequest(
      form({ periodMode: 'relative', relativePeriod: 'previous_quarter', dateFrom: '2026-01-01' }),
    );
    expect(request.scope).toEqual({ relativePeriod: 'previous_quarter' });
  });

  it('keeps the seed as text and the percentage basis', () => {
    const request = toPlanRequest(form({ method: 'percentage', size: '5', percentPer: 'coder', seed: ' 42 ' }));
    expect(request.method).toEqual({ type: 'percentage', percent: 5, per: 'coder' });
    expect(request.seed).toBe('42');
  });

  it('sends the exclusion window, due days and auditors when given', () => {
    const request = toPlanRequest(form({ exclusionWindowDays: '0', dueInDays: '14', auditorIds: [AUDITOR] }));
    expect([request.exclusionWindowDays, request.dueInDays, request.auditorIds]).toEqual([0, 14, [AUDITOR]]);
  });

  it('builds a weekly or monthly schedule with its day and hour', () => {
    expect(toPlanRequest(form({ schedule: 'weekly', dayOfWeek: '5', scheduleHour: '7' })).schedule).toEqual({
      frequency: 'weekly',
      dayOfWeek: 5,
      hour: 7,
    });
    expect(toPlanRequest(form({ schedule: 'monthly', dayOfMonth: '28', scheduleHour: '' })).schedule).toEqual({
      frequency: 'monthly',
      dayOfMonth: 28,
      hour: 6,
    });
  });

  it('combines every kind of targeting rule that was filled in', () => {
    const request = toPlanRequest(
      form({
        drgWeightAbove: '2.5',
        drgIn: '291, 292',
        codeIn: 'E11.9 i50',
        codeMatch: 'exact',
        flaggedAtImport: true,
        newCoders: true,
        newCodersDays: '60',
        codersBelowTarget: true,
        belowTargetPercent: '97.5',
        lookbackMonths: '6',
        rulesCombine: 'all',
      }),
    );
    expect(request.rules).toEqual({
      combine: 'all',
      rules: [
        { type: 'drgWeightAbove', weight: 2.5 },
        { type: 'drgIn', drgs: ['291', '292'] },
        { type: 'codeIn', codes: ['E119', 'I50'], match: 'exact' },
        { type: 'flaggedAtImport' },
        { type: 'newCoders', startedWithinDays: 60 },
        { type: 'codersBelowTarget', target: 0.975, lookbackMonths: 6 },
      ],
    });
    expect(createPlanRequestSchema.safeParse(request).success).toBe(true);
  });

  it('lets the schema refuse a size that is not a whole number', () => {
    const parsed = createPlanRequestSchema.safeParse(toPlanRequest(form({ size: 'ten' })));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['method', 'perCoder']);
  });

  it('adds the version the editor started from for PUT', () => {
    const parsed = updatePlanRequestSchema.safeParse(toUpdatePlanRequest(form({ size: '3' }), 4));
    expect(parsed.success && parsed.data.version).toBe(4);
  });
});

describe('planToFormValues', () => {
  const saved: AuditPlanDto = {
    id: 'a1',
    version: 3,
    name: 'Monthly risk',
    description: 'High weights',
    teamIds: ['t1', 't2'],
    scope: {
      relativePeriod: 'previous_month',
      facilities: ['MAIN'],
      payers: ['Medicare'],
      settings: ['inpatient'],
      coderIds: [CODER],
      flaggedOnly: true,
    },
    method: { type: 'proportional', sampleSize: 40 },
    // In the form's order: the form lists rules by kind, and order does not change what they match.
    rules: {
      combine: 'any',
      rules: [
        { type: 'drgWeightAbove', weight: 3 },
        { type: 'codeIn', codes: ['I50'], match: 'prefix' },
        { type: 'codersBelowTarget', target: 0.9, lookbackMonths: 2 },
      ],
    },
    seed: 'abc',
    spares: 1,
    exclusionWindowDays: 30,
    dueInDays: null,
    auditorIds: [AUDITOR],
    schedule: { frequency: 'monthly', dayOfMonth: 3, hour: 5 },
    schedulePattern: '0 5 3 * *',
    archived: false,
    createdBy: null,
    createdAt: '2026-11-01T00:00:00Z',
    updatedAt: '2026-11-01T00:00:00Z',
    lastAuditId: null,
  };

  it('fills the form so that saving it unchanged sends the same plan back', () => {
    const values = planToFormValues(saved);
    expect(values).toMatchObject({
      periodMode: 'relative',
      size: '40',
      belowTargetPercent: '90',
      schedule: 'monthly',
      dayOfMonth: '3',
      dueInDays: '',
    });
    const request = toUpdatePlanRequest(values, saved.version);
    expect(request).toMatchObject({
      name: saved.name,
      description: saved.description,
      scope: saved.scope,
      method: saved.method,
      seed: 'abc',
      spares: 1,
      exclusionWindowDays: 30,
      dueInDays: null,
      auditorIds: [AUDITOR],
      schedule: saved.schedule,
      version: 3,
    });
    expect(request.rules).toEqual(saved.rules);
    expect(updatePlanRequestSchema.safeParse(request).error?.issues ?? []).toEqual([]);
  });

  it('keeps "all of my teams" as no teams chosen, not as the list they resolved to', () => {
    expect(planToFormValues(saved).teamIds).toEqual([]);
  });
});

describe('plan form errors', () => {
  it('places list entries, method sizes, the schedule and rules by position on their fields', () => {
    const values = form({ drgWeightAbove: '2', codersBelowTarget: true });
    expect(planErrorKey('body.scope.coderIds.2', values)).toBe('scope.coderIds');
    expect(planErrorKey('method.sampleSize', values)).toBe('method.size');
    expect(planErrorKey('schedule', values)).toBe('schedule');
    expect(planErrorKey('rules.rules.0.weight', values)).toBe('rules.drgWeightAbove');
    expect(planErrorKey('rules.rules.1.target', values)).toBe('rules.belowTargetPercent');
    expect(planErrorKey('rules.rules.1.lookbackMonths', values)).toBe('rules.lookbackMonths');
    expect(planErrorKey('version', values)).toBeNull();
  });

  it('shows a schema issue under its field before anything is sent', () => {
    const values = form({ schedule: 'monthly', dayOfMonth: '31', dueInDays: '0' });
    const parsed = createPlanRequestSchema.safeParse(toPlanRequest(values));
    const errors = planIssueErrors(parsed.error?.issues ?? [], values);
    expect(Object.keys(errors.fields).sort()).toEqual(['dueInDays', 'schedule']);
    expect(errors.form).toBeNull();
    const fixedDates = planIssueErrors(
      createPlanRequestSchema.safeParse(toPlanRequest(form({ dateFrom: '2026-01-01', schedule: 'weekly' }))).error
        ?.issues ?? [],
      values,
    );
    expect(fixedDates.fields.schedule).toBe(
      'A scheduled plan needs a relative period (see Period) instead of fixed dates',
    );
  });

  it('spreads the API details over the fields, and keeps the message when one has no field', () => {
    const values = form({ auditorIds: [AUDITOR] });
    const placed = planSubmitErrors(
      new ApiError({
        status: 400,
        code: 'PLAN_AUDITOR_UNKNOWN',
        message: 'No active auditor',
        details: [{ path: 'body.auditorIds.0', message: 'is not an active auditor' }],
      }),
      values,
    );
    expect(placed).toEqual({ fields: { auditorIds: 'Is not an active auditor' }, form: null });
    const conflict = planSubmitErrors(
      new ApiError({
        status: 409,
        code: 'AUDIT_PLAN_VERSION_CONFLICT',
        message: 'The plan was changed by someone else',
        details: [{ path: 'body.version', message: 'is 1' }],
      }),
      values,
    );
    expect(conflict).toEqual({ fields: {}, form: 'The plan was changed by someone else' });
  });
});

describe('splitList', () => {
  it('splits on commas, semicolons and spaces', () => {
    expect(splitList(' 291,292; 470 \n 871 ')).toEqual(['291', '292', '470', '871']);
  });
});
