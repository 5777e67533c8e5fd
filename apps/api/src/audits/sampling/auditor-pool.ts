import type { AuditorCapacity } from '@recode/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { selectRows } from '../../database/sql';
import { AuditorLoadRow } from './sampling-rows';

/** Active auditors (optionally only those the plan names) with their open items, for load balancing. */
export async function loadAuditorPool(
  db: DataSource | EntityManager,
  onlyIds: readonly string[],
): Promise<AuditorCapacity[]> {
  const rows = await selectRows(
    db,
    AuditorLoadRow,
    `SELECT u.id, u.coder_id AS "coderId",
            (SELECT count(*)::int FROM audit_items ai WHERE ai.auditor_id = u.id AND ai.status IN ('assigned', 'in_progress')) AS load
       FROM users u
      WHERE u.role = 'auditor' AND u.active ${onlyIds.length ? 'AND u.id = ANY($1::uuid[])' : ''}
      ORDER BY u.id`,
    onlyIds.length ? [onlyIds] : [],
  );
  // An auditor who also codes has a coder identity: assignToAuditors never gives them their own encounters.
  return rows.map((r) => ({ id: r.id, currentLoad: r.load, userCoderIds: r.coderId ? [r.coderId] : [] }));
}
