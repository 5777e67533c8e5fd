import type { PlanPreviewDto } from '@recode/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { auditPlansQueryKey } from './use-audit-plans';

/** A saved plan's preview only reads (POST because the API computes it), so it is cached like a query. */
export function useSavedPlanPreview(planId: string) {
  return useQuery({
    queryKey: [...auditPlansQueryKey, 'preview', planId],
    queryFn: () => apiClient.post<PlanPreviewDto>(`/api/audit-plans/${encodeURIComponent(planId)}/preview`),
    staleTime: 0,
  });
}
