import type { AuditPlanDto } from '@recode/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const auditPlansQueryKey = ['audit-plans'] as const;

export function useAuditPlans() {
  return useQuery({
    queryKey: [...auditPlansQueryKey, 'list'],
    queryFn: ({ signal }) => apiClient.get<AuditPlanDto[]>('/api/audit-plans', undefined, signal),
  });
}
