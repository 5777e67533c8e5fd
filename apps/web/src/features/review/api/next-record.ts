import type { WorklistItemDto } from '@recode/contracts';
import { apiClient } from '../../../lib/api-client';
import { sortWorklist } from '../../worklist/due-date';

/**
 * The record to open after this one: the next open record of the same audit in the worklist's own order (an
 * auditor works through one audit at a time), then, when that audit has none left, the worklist's first.
 */
export function nextOpenItem(
  items: readonly WorklistItemDto[],
  current: { id: string; auditId: string },
): WorklistItemDto | null {
  const others = sortWorklist(items).filter((item) => item.id !== current.id);
  return others.find((item) => item.auditId === current.auditId) ?? others[0] ?? null;
}

/** The path of the next open record in the signed-in auditor's worklist, or null when there is none. */
export async function nextRecordPath(current: { id: string; auditId: string }): Promise<string | null> {
  const open = await apiClient.get<WorklistItemDto[]>('/api/worklist', { status: 'open' });
  const next = nextOpenItem(open, current);
  return next ? `/audits/${next.auditId}/items/${next.id}` : null;
}
