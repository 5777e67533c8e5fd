import { EmptyState, PageHeader } from '../../../components';

export function DisputesRoute() {
  return (
    <div className="page">
      <PageHeader title="Disputes" description="Rebuttals of findings, from the coder’s reason to the final ruling." />
      <EmptyState title="No disputes yet.">
        <p>When a coder disagrees with a released finding, the rebuttal, the auditor’s answer and any ruling will be listed here.</p>
      </EmptyState>
    </div>
  );
}
