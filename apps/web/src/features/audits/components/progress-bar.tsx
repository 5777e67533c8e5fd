import type { AuditProgressDto } from '@recode/contracts';
import { progressShare } from '../audit-status';

export function ProgressBar({ progress }: { progress: AuditProgressDto }) {
  const done = progress.reviewed + progress.unreviewable;
  const share = progressShare(progress);
  return (
    <span className="progress">
      <span className="progress-track" aria-hidden="true">
        <span className="progress-fill" style={{ width: `${Math.round(share * 100)}%` }} />
      </span>
      <span className="progress-label">
        {done} of {progress.total}
      </span>
    </span>
  );
}
