import { AUDIT_STATUSES } from '@recode/contracts';
import { readOneOf, readPositiveInt } from '../../lib/search-params';
import type { AuditListParams } from './api/use-audits';

export const AUDITS_PAGE_SIZE = 50;

export function parseAuditListParams(params: URLSearchParams): AuditListParams {
  return {
    page: readPositiveInt(params, 'page', 1),
    pageSize: readPositiveInt(params, 'pageSize', AUDITS_PAGE_SIZE, 200),
    status: readOneOf(params, 'status', AUDIT_STATUSES),
  };
}
