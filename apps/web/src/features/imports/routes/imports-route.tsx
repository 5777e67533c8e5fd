import { EmptyState, PageHeader } from '../../../components';

export function ImportsRoute() {
  return (
    <div className="page">
      <PageHeader title="Imports" description="Files of encounters and coders loaded into Recode." />
      <EmptyState title="No imports yet.">
        <p>Encounter and coder files loaded into Recode will be listed here with their row counts and any rows that were rejected.</p>
      </EmptyState>
    </div>
  );
}
