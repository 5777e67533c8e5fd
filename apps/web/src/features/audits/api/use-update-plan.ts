import type { AuditPlanDto, CreatePlanInput, UpdatePlanRequest } from '@recode/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { auditPlansQueryKey } from './use-audit-plans';

export type UpdatePlanInput = CreatePlanInput & Pick<UpdatePlanRequest, 'version'>;

/** PUT replaces the plan; the list, the detail and the saved preview all read it, so all are refreshed. */
export function useUpdatePlan(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdatePlanInput) => apiClient.put<AuditPlanDto>(`/api/audit-plans/${encodeURIComponent(planId)}`, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: auditPlansQueryKey }),
  });
}
