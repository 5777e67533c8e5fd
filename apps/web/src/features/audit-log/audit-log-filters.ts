import { auditLogQuerySchema, type AuditLogQuery } from '@recode/contracts';
import { fieldErrorsFromIssues, type FieldErrors } from '../../lib/form-errors';
import { readPositiveInt, readText } from '../../lib/search-params';

export const AUDIT_LOG_FILTER_KEYS = ['action', 'actorId', 'entityType', 'entityId', 'from', 'to'] as const;
export type AuditLogFilterKey = (typeof AUDIT_LOG_FILTER_KEYS)[number];
/** What the filter form holds: text per filter, empty meaning "any". */
export type AuditLogFilterValues = Record<AuditLogFilterKey, string>;

export const AUDIT_LOG_PAGE_SIZE = 50;

const filterSchema = auditLogQuerySchema
  .pick({ action: true, actorId: true, entityType: true, entityId: true, from: true, to: true })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
    path: ['to'],
    message: 'Must be on or after the “From” date',
  });

/** The query in the URL, leaving out any value the API would refuse rather than failing the page. */
export function parseAuditLogQuery(params: URLSearchParams): AuditLogQuery {
  const query: AuditLogQuery = {
    page: readPositiveInt(params, 'page', 1),
    pageSize: readPositiveInt(params, 'pageSize', AUDIT_LOG_PAGE_SIZE, 200),
  };
  for (const key of AUDIT_LOG_FILTER_KEYS) {
    const value = readText(params, key);
    if (value !== undefined && auditLogQuerySchema.shape[key].safeParse(value).success) query[key] = value;
  }
  return query;
}

export function filterValuesOf(query: AuditLogQuery): AuditLogFilterValues {
  return {
    action: query.action ?? '',
    actorId: query.actorId ?? '',
    entityType: query.entityType ?? '',
    entityId: query.entityId ?? '',
    from: query.from ?? '',
    to: query.to ?? '',
  };
}

export type FilterCheck = { ok: true; values: AuditLogFilterValues } | { ok: false; errors: FieldErrors };

/** Checks the form against the shared query schema before it reaches the URL (and the API). */
export function checkAuditLogFilters(values: AuditLogFilterValues): FilterCheck {
  const trimmed = Object.fromEntries(
    AUDIT_LOG_FILTER_KEYS.map((key) => [key, values[key].trim()]),
  ) as AuditLogFilterValues;
  const candidate = Object.fromEntries(
    AUDIT_LOG_FILTER_KEYS.flatMap((key) => (trimmed[key] ? [[key, trimmed[key]]] : [])),
  );
  const parsed = filterSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues) };
  return { ok: true, values: trimmed };
}
