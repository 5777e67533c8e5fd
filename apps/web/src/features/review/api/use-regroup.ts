import type { RegroupRequest, RegroupResponse } from '@recode/contracts';
import { useQuery } from '@tanstack/react-query';
import { useDebouncedValue } from '../../../hooks/use-debounced-value';
import { request } from '../../../lib/api-client';

/**
 * How long the panel waits for the auditor to stop typing (an age, a code) before asking: short, since
 * "edit → shown DRG" must stay under 50 ms at p95 (bench:regroup adds it to the measured round trip).
 */
export const REGROUP_DEBOUNCE_MS = 20;

/**
 * Regroups the auditor's codes as they edit. The request is debounced; each one is its own query, so
 * an older answer arriving late never replaces the newer one (and is aborted when superseded). While
 * the codes on screen differ from the ones last answered, `pending` is true and no result is given:
 * a DRG that belongs to other codes must not be shown.
 */
export function useRegroup(body: RegroupRequest | null) {
  const key = body === null ? null : JSON.stringify(body);
  const settled = useDebouncedValue(key, REGROUP_DEBOUNCE_MS);
  const query = useQuery({
    queryKey: ['grouper', 'regroup', settled],
    queryFn: ({ signal }) =>
      request<RegroupResponse>('POST', '/api/grouper/regroup', {
        body: JSON.parse(settled ?? 'null') as unknown,
        signal,
      }),
    enabled: settled !== null && settled === key,
    staleTime: 5 * 60_000,
  });
  const current = settled === key && settled !== null;
  const pending = key !== null && (!current || query.isPending || query.isFetching);
  return {
    pending,
    result: current && !pending ? (query.data ?? null) : null,
    error: current && !pending && query.isError ? query.error : null,
  };
}
