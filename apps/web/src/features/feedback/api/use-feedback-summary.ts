import type { FeedbackSummaryDto } from '@recode/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** The signed-in coder's monthly scores and focus list; refreshed after every dispute step (query key 'feedback'). */
export function useFeedbackSummary() {
  return useQuery({
    queryKey: ['feedback', 'summary'],
    queryFn: ({ signal }) => apiClient.get<FeedbackSummaryDto>('/api/feedback/summary', undefined, signal),
  });
}
