import type { DisputeAction } from '@recode/contracts';
import { categoryLabel, displayCode } from '@recode/domain';
import type { EntityManager } from 'typeorm';
import type { NewNotification } from '../notifications';
import type { DisputeRow } from './dispute-rows';
import { execute, selectRows } from '../database/sql';
import { IdRow } from '../database/rows';

interface Notice {
  kind: string;
  recipients: string[];
  title: string;
  body: string;
  link: string;
}

const codeOf = (row: DisputeRow): string =>
  [row.codeBefore, row.codeAfter].map((code) => (code ? displayCode(row.system, code) : '—')).join(' → ');

/**
 * Who moves next after a step, and what they are told: the auditor after a dispute, the coder after
 * an answer, the coder's supervisors after an escalation (admins when the team has none), and both
 * the coder and the auditor after a ruling. Agreeing and the lapse close the finding: nobody is told.
 */
export async function noticeFor(
  m: EntityManager,
  row: DisputeRow,
  action: DisputeAction,
  escalatedBefore: boolean,
): Promise<Notice | null> {
  const what = `${categoryLabel(row.category, row.setting)} ${codeOf(row)} (${row.encounterExternalId})`;
  const coderUsers = async (): Promise<string[]> =>
    (await selectRows(m, IdRow, 'SELECT id FROM users WHERE coder_id = $1 AND active', [row.coderId])).map((u) => u.id);
  switch (action) {
    case 'dispute':
      return row.auditorId
        ? {
            kind: 'dispute.opened',
            recipients: [row.auditorId],
            title: `Finding disputed: ${what}`,
            body: `${row.coderName} disagrees with your finding in ${row.auditName}.`,
            link: '/worklist',
          }
        : null;
    case 'withdraw':
      return {
        kind: 'dispute.answered',
        recipients: await coderUsers(),
        title: `Finding withdrawn: ${what}`,
        body: 'The auditor withdrew the finding you disputed.',
        link: `/feedback?finding=${row.findingId}`,
      };
    case 'uphold':
      if (!escalatedBefore) {
        return {
          kind: 'dispute.answered',
          recipients: await coderUsers(),
          title: `Finding upheld: ${what}`,
          body: 'The auditor upheld the finding you disputed; you may escalate it once.',
          link: `/feedback?finding=${row.findingId}`,
        };
      }
      return ruled(row, what, 'upheld', await coderUsers());
    case 'overturn':
      return ruled(row, what, 'overturned', await coderUsers());
    case 'escalate': {
      const rulers = await selectRows(
        m,
        IdRow,
        `SELECT u.id FROM users u JOIN user_teams ut ON ut.user_id = u.id WHERE u.role = 'supervisor' AND u.active AND ut.team_id = $1
         UNION SELECT id FROM users WHERE role = 'admin' AND active AND NOT EXISTS (
           SELECT 1 FROM users s JOIN user_teams st ON st.user_id = s.id WHERE s.role = 'supervisor' AND s.active AND st.team_id = $1)`,
        [row.coderTeamId],
      );
      return {
        kind: 'dispute.escalated',
        recipients: rulers.map((r) => r.id),
        title: `Escalated for a ruling: ${what}`,
        body: `${row.coderName} escalated a finding the auditor upheld.`,
        link: '/disputes',
      };
    }
    default:
      return null;
  }
}

function ruled(row: DisputeRow, what: string, outcome: string, coders: string[]): Notice {
  const recipients = [...coders, ...(row.auditorId ? [row.auditorId] : [])];
  return {
    kind: 'dispute.ruled',
    recipients,
    title: `Ruling: ${outcome} — ${what}`,
    body: `The escalated finding was ${outcome}.`,
    link: `/feedback?finding=${row.findingId}`,
  };
}

export function toNotifications(row: DisputeRow, notice: Notice): NewNotification[] {
  return notice.recipients.map((userId) => ({
    userId,
    kind: notice.kind,
    title: notice.title,
    body: notice.body,
    link: notice.link,
    entityType: 'finding',
    entityId: row.findingId,
  }));
}

/** One e-mail per recipient, in the step's transaction (see OutboxMessage). */
export async function writeOutbox(m: EntityManager, row: DisputeRow, notice: Notice, eventId: string): Promise<void> {
  if (notice.recipients.length === 0) return;
  const payload = {
    title: notice.title,
    body: notice.body,
    link: notice.link,
    findingId: row.findingId,
    auditId: row.auditId,
    eventId,
  };
  await execute(
    m,
    `INSERT INTO outbox (recipient_id, kind, payload) SELECT r, $2, $3::jsonb FROM unnest($1::uuid[]) AS r`,
    [notice.recipients, notice.kind, JSON.stringify(payload)],
  );
}
