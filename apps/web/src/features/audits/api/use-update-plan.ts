import type { AuditPlanDto, CreatePlanInput, UpdatePlanRequest } from '@recode/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { auditPlansQueryKey } from './use-audit-plans';

export type UpdatePlanInput = CreatePlanInput & Pick<UpdatePlanRequest, 'version'>;

/**
 * PUT replaces the plan. The answer is the new plan, so the detail shows it at once; the list and the
 * saved preview are refreshed in the background (not awaited: a preview over a big frame takes a while,
 * and the save has already succeeded).
 */
export function useUpdatePlan(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdatePlanInput) =>
      apiClient.put<AuditPlanDto>(`/api/audit-plans/${encodeURIComponent(planId)}`, request),
    onSuccess: (plan) => {
      queryClient.setQueryData([...auditPlansQueryKey, 'detail', plan.id], plan);
      void queryClient.invalidateQueries({
        queryKey: auditPlansQueryKey,
        predicate: (query) => query.queryKey[1] !== 'detail' && query.queryKey[1] !== 'auditors',
      });
    },
  });
}
