import type { CreatePlanInput, PlanPreviewDto } from '@recode/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Previews an unsaved plan: nothing is stored, so it is a mutation the form triggers on demand. */
export function usePreviewPlan() {
  return useMutation({
    mutationFn: (request: Partial<CreatePlanInput>) =>
      apiClient.post<PlanPreviewDto>('/api/audit-plans/preview', request),
  });
}
