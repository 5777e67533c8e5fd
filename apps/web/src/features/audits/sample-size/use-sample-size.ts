import type { RatStatsSampleSizeRequest } from '@recode/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export interface SampleSizeResult {
  n: number;
  expected_precision_percent: number;
}

/** RAT-STATS sample size from a probe (POST /api/ratstats/sample-size): computed, nothing stored. */
export function useSampleSize() {
  return useMutation({
    mutationFn: (request: RatStatsSampleSizeRequest) =>
      apiClient.post<SampleSizeResult>('/api/ratstats/sample-size', request),
  });
}
