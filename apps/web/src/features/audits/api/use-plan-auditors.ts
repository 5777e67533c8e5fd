import type { PersonRef } from '@recode/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { auditPlansQueryKey } from './use-audit-plans';

/** The active auditors a plan may restrict its assignment to. */
export function usePlanAuditors(enabled = true) {
  return useQuery({
    queryKey: [...auditPlansQueryKey, 'auditors'],
    queryFn: ({ signal }) => apiClient.get<PersonRef[]>('/api/audit-plans/auditors', undefined, signal),
    staleTime: 5 * 60_000,
    enabled,
  });
}
