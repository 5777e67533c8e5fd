import type { RecordNotesDto, SaveRecordNotesRequest } from '@recode/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

const notesPath = (auditId: string, itemId: string) =>
  `/api/audits/${encodeURIComponent(auditId)}/items/${encodeURIComponent(itemId)}/notes`;
const notesKey = (auditId: string, itemId: string) => ['audits', 'notes', auditId, itemId] as const;

export function useRecordNotes(auditId: string, itemId: string) {
  return useQuery({
    queryKey: notesKey(auditId, itemId),
    queryFn: ({ signal }) => apiClient.get<RecordNotesDto>(notesPath(auditId, itemId), undefined, signal),
  });
}

export function useSaveRecordNotes(auditId: string, itemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveRecordNotesRequest) => apiClient.put<RecordNotesDto>(notesPath(auditId, itemId), body),
    onSuccess: (notes) => queryClient.setQueryData(notesKey(auditId, itemId), notes),
  });
}
