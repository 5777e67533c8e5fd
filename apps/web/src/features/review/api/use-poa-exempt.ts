import type { PoaExemptDto } from '@recode/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Which of the given ICD-10-CM codes (added or revised on screen, not yet saved) are POA-exempt in the record's year. */
export function usePoaExempt(auditId: string, itemId: string, codes: readonly string[]) {
  const sorted = [...new Set(codes)].sort();
  return useQuery({
    queryKey: ['audits', 'review', auditId, itemId, 'poa-exempt', sorted],
    queryFn: ({ signal }) =>
      apiClient.get<PoaExemptDto>(
        `/api/audits/${encodeURIComponent(auditId)}/items/${encodeURIComponent(itemId)}/poa-exempt`,
        { codes: sorted.join(',') },
        signal,
      ),
    enabled: sorted.length > 0,
    staleTime: Infinity,
  });
}
