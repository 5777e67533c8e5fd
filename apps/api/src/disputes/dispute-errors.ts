import type { DisputeAction, FindingStatus } from '@recode/contracts';
import type { DisputeRefusal } from '@recode/domain';
import { AppError } from '../common/errors';

/** The domain's refusal as the one error shape, with a stable code per reason. */
export function refusalError(
  refusal: DisputeRefusal,
  from: FindingStatus,
  action: DisputeAction,
  allowed: DisputeAction[],
  deadline: Date | null,
): AppError {
  const base = { from, action, allowed: allowed.filter((a) => a !== 'lapse') };
  switch (refusal) {
    case 'ILLEGAL_MOVE': {
      const next = base.allowed.length
        ? `from ${from} the finding can be: ${base.allowed.join(', ')}`
        : `${from} is settled`;
      return new AppError(409, 'DISPUTE_ILLEGAL_MOVE', `A ${from} finding cannot be given "${action}"; ${next}`, [
        { path: 'body.action', message: `not allowed from ${from}`, ...base },
      ]);
    }
    case 'ALREADY_ESCALATED':
      return new AppError(
        409,
        'DISPUTE_ALREADY_ESCALATED',
        'This finding has already been escalated once; the ruling stands',
        [{ path: 'body.action', message: 'escalation is allowed once', ...base }],
      );
    case 'RULER_IS_AUDITOR':
      return new AppError(
        403,
        'DISPUTE_RULER_IS_AUDITOR',
        'You recorded this finding, so you cannot rule on its escalation; a supervisor or second reviewer must',
        [{ path: 'body.action', message: 'ruling needs an independent reviewer', ...base }],
      );
    case 'NOT_YOUR_MOVE':
      return new AppError(403, 'DISPUTE_NOT_YOUR_MOVE', `"${action}" on a ${from} finding is not yours to take`, [
        { path: 'body.action', message: 'another party moves next', ...base },
      ]);
    case 'DEADLINE_PASSED': {
      const due = deadline?.toISOString() ?? null;
      return new AppError(
        409,
        'DISPUTE_DEADLINE_PASSED',
        `The deadline to respond to this finding passed at ${due}; it counts as agreed`,
        [{ path: 'body.action', message: 'deadline passed', deadline: due, ...base }],
      );
    }
    case 'RATIONALE_REQUIRED':
      return new AppError(400, 'VALIDATION_FAILED', 'body.rationale: a reason is required', [
        { path: 'body.rationale', message: 'a reason is required' },
      ]);
    default:
      // DEADLINE_NOT_REACHED belongs to the lapse job, which never asks through here.
      return new AppError(409, 'DISPUTE_ILLEGAL_MOVE', `"${action}" is not possible now`, [
        { path: 'body.action', message: refusal, ...base },
      ]);
  }
}
