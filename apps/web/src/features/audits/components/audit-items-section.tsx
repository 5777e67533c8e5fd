import type { AuditItemDto } from '@recode/contracts';
import { useState } from 'react';
import { CheckboxField, EmptyState, ErrorState, FormAlert, LoadingState } from '../../../components';
import { errorMessage } from '../../../lib/api-error';
import { useAuditItems } from '../api/use-audit-items';
import { usePlanAuditors } from '../api/use-plan-auditors';
import { useReassignItem } from '../api/use-reassign-item';
import { AuditItemsTable } from './audit-items-table';

export function AuditItemsSection({
  auditId,
  sampled,
  canReassign,
}: {
  auditId: string;
  sampled: boolean;
  canReassign: boolean;
}) {
  const [includeSpares, setIncludeSpares] = useState(false);
  const items = useAuditItems(auditId, { enabled: sampled, includeSpares });
  const auditors = usePlanAuditors(canReassign);
  const reassign = useReassignItem(auditId);
  const [notice, setNotice] = useState<string | null>(null);
  const reassigning =
    canReassign && auditors.data
      ? {
          auditors: auditors.data,
          busy: reassign.isPending,
          onReassign: (item: AuditItemDto, auditorId: string) => {
            setNotice(null);
            reassign.mutate(
              { itemId: item.id, version: item.version, auditorId },
              {
                onSuccess: (moved) =>
                  setNotice(
                    `${moved.encounter.externalId} is now assigned to ${moved.auditor?.displayName ?? 'nobody'}.`,
                  ),
              },
            );
          },
        }
      : undefined;
  return (
    <section className="form" aria-labelledby="items-title">
      <div className="section-header">
        <h2 id="items-title">Records</h2>
        <CheckboxField label="Show unused spares" checked={includeSpares} onCheckedChange={setIncludeSpares} />
      </div>
      {reassign.isError ? <FormAlert message={errorMessage(reassign.error)} /> : null}
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      {!sampled ? (
        <EmptyState title="Nothing drawn yet.">
          <p>Records appear here once the sample is drawn.</p>
        </EmptyState>
      ) : items.isPending ? (
        <LoadingState label="Loading records…" />
      ) : items.isError ? (
        <ErrorState error={items.error} onRetry={() => void items.refetch()} retrying={items.isFetching} />
      ) : items.data.length === 0 ? (
        <EmptyState title="No records in this sample." />
      ) : (
        <AuditItemsTable items={items.data} reassigning={reassigning} />
      )}
    </section>
  );
}
