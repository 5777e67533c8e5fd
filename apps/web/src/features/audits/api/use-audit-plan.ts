import type { AuditPlanDto } from '@recode/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { auditPlansQueryKey } from './use-audit-plans';

export function useAuditPlan(planId: string) {
  return useQuery({
    queryKey: [...auditPlansQueryKey, 'detail', planId],
    queryFn: ({ signal }) =>
      apiClient.get<AuditPlanDto>(`/api/audit-plans/${encodeURIComponent(planId)}`, undefined, signal),
  });
}
