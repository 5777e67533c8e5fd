import { ApiError } from '../../lib/api-error';
import {
  fieldErrorsFromIssues,
  submitErrorsFrom,
  type FieldErrors,
  type SchemaIssue,
  type SubmitErrors,
} from '../../lib/form-errors';
import type { PlanFormValues } from './plan-form-values';
import { ruleErrorField } from './plan-form-values-rules';

/** Error keys the plan form shows a message under (one per field, not per list entry). */
export const PLAN_ERROR_KEYS = [
  'name',
  'description',
  'seed',
  'spares',
  'exclusionWindowDays',
  'dueInDays',
  'auditorIds',
  'schedule',
  'scope.dateFrom',
  'scope.dateTo',
  'scope.relativePeriod',
  'scope.facilities',
  'scope.payers',
  'scope.settings',
  'scope.teamIds',
  'scope.coderIds',
  'method.size',
  'method.per',
  'rules',
  'rules.drgWeightAbove',
  'rules.drgIn',
  'rules.codeIn',
  'rules.newCodersDays',
  'rules.belowTargetPercent',
  'rules.lookbackMonths',
] as const;
export type PlanErrorKey = (typeof PLAN_ERROR_KEYS)[number];

const LISTS = ['scope.facilities', 'scope.payers', 'scope.settings', 'scope.teamIds', 'scope.coderIds', 'auditorIds'];

/**
 * Where a contract path ("scope.coderIds.3", "rules.rules.1.drgs.0", "method.perCoder") shows on the
 * form; null when no field holds it (then the message goes above the form).
 */
export function planErrorKey(path: string, values: PlanFormValues): PlanErrorKey | null {
  const field = path.replace(/^body\./, '');
  const parts = field.split('.');
  if (parts[0] === 'method') return parts[1] === 'per' ? 'method.per' : 'method.size';
  if (parts[0] === 'schedule') return 'schedule';
  const list = LISTS.find((prefix) => field === prefix || field.startsWith(`${prefix}.`));
  if (list) return list as PlanErrorKey;
  if (parts[0] === 'rules') {
    if (parts[1] !== 'rules' || parts[2] === undefined) return 'rules';
    const rule = ruleErrorField(values, Number(parts[2]), parts[3]);
    // A flag rule has no field of its own to hold a message; the rules fieldset does.
    return rule && rule !== 'flaggedAtImport' ? (`rules.${rule}` as PlanErrorKey) : 'rules';
  }
  return (PLAN_ERROR_KEYS as readonly string[]).includes(field) ? (field as PlanErrorKey) : null;
}

/** Schema messages name contract paths ("scope.relativePeriod"); on the form they name the field and read as sentences. */
export function formMessage(message: string): string {
  const worded = message.replace('scope.relativePeriod', 'a relative period (see Period)');
  return worded.charAt(0).toUpperCase() + worded.slice(1);
}

function place(errors: FieldErrors, values: PlanFormValues): SubmitErrors {
  const fields: FieldErrors = {};
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(errors)) {
    if (!message) continue;
    const key = planErrorKey(path, values);
    if (!key) unplaced.push(formMessage(message));
    else fields[key] ??= formMessage(message);
  }
  return { fields, form: unplaced.length ? unplaced.join(' ') : null };
}

/** Schema issues found before sending, placed on the plan form. */
export function planIssueErrors(issues: readonly SchemaIssue[], values: PlanFormValues): SubmitErrors {
  return place(fieldErrorsFromIssues(issues), values);
}

/** The API's refusal, its details[].path placed on the plan form; the rest above it. */
export function planSubmitErrors(error: unknown, values: PlanFormValues): SubmitErrors {
  if (!(error instanceof ApiError)) return submitErrorsFrom(error, []);
  const details = error.details.map((detail) => ({
    ...detail,
    message: formMessage(detail.message),
    path: detail.path ? (planErrorKey(detail.path, values) ?? detail.path) : undefined,
  }));
  return submitErrorsFrom(
    new ApiError({ status: error.status, code: error.code, message: error.message, details }),
    PLAN_ERROR_KEYS,
  );
}
