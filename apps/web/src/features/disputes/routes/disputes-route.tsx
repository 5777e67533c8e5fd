import { PageHeader } from '../../../components';
import { DisputeQueue } from '../components/dispute-queue';
import { RulingsLibrary } from '../components/rulings-library';

/** Supervisors and admins: escalated findings to rule on, and the library of past rulings. */
export function DisputesRoute() {
  return (
    <div className="page">
      <PageHeader
        title="Disputes"
        description="Escalated findings awaiting your ruling, and the library of past rulings."
      />
      <DisputeQueue
        title="Escalations to rule on"
        emptyTitle="No escalations to rule on."
        emptyBody="When a coder escalates a finding the auditor upheld, it appears here for you to uphold or overturn with a rationale."
      />
      <RulingsLibrary />
    </div>
  );
}
