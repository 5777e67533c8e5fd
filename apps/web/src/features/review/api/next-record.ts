import type { WorklistItemDto } from '@recode/contracts';
import { apiClient } from '../../../lib/api-client';
import { sortWorklist } from '../../worklist/due-date';

/** The record to open after this one: the first open record of the worklist in its own order, other than this one. */
export function nextOpenItem(items: readonly WorklistItemDto[], currentId: string): WorklistItemDto | null {
  return sortWorklist(items).find((item) => item.id !== currentId) ?? null;
}

/** The path of the next open record in the signed-in auditor's worklist, or null when there is none. */
export async function nextRecordPath(currentId: string): Promise<string | null> {
  const open = await apiClient.get<WorklistItemDto[]>('/api/worklist', { status: 'open' });
  const next = nextOpenItem(open, currentId);
  return next ? `/audits/${next.auditId}/items/${next.id}` : null;
}
