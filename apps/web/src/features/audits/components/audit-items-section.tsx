import { useState } from 'react';
import { CheckboxField, EmptyState, ErrorState, LoadingState } from '../../../components';
import { useAuditItems } from '../api/use-audit-items';
import { AuditItemsTable } from './audit-items-table';

export function AuditItemsSection({ auditId, sampled }: { auditId: string; sampled: boolean }) {
  const [includeSpares, setIncludeSpares] = useState(false);
  const items = useAuditItems(auditId, { enabled: sampled, includeSpares });
  return (
    <section className="form" aria-labelledby="items-title">
      <div className="section-header">
        <h2 id="items-title">Records</h2>
        <CheckboxField label="Show unused spares" checked={includeSpares} onCheckedChange={setIncludeSpares} />
      </div>
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
        <AuditItemsTable items={items.data} />
      )}
    </section>
  );
}
