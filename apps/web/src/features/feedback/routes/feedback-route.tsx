import { EmptyState, PageHeader } from '../../../components';

export function FeedbackRoute() {
  return (
    <div className="page">
      <PageHeader title="My feedback" description="Findings from audits of your own work." />
      <EmptyState title="No audits of your work have been released yet.">
        <p>When an auditor releases an audit of your records, each finding will appear here and you can agree with it or dispute it.</p>
      </EmptyState>
    </div>
  );
}
