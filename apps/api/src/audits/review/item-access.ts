import { AUDIT_ITEM_STATUSES, AUDIT_STATUSES, ENCOUNTER_SETTINGS, type SessionUser } from '@recode/contracts';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { AppError, notFound } from '../../common/errors';
import { selectRow, selectRows } from '../../database/sql';
import { AnyRow } from '../../database/rows';
import { StoredCodeLineRow } from '../audit-sql-rows';

/** An item with its audit and encounter version, as review, notes, reassignment and set-aside read it. */
export const ItemForReview = z.object({
  id: z.string(),
  auditId: z.string(),
  auditStatus: z.enum(AUDIT_STATUSES),
  auditTeamIds: z.array(z.string()),
  status: z.enum(AUDIT_ITEM_STATUSES),
  version: z.number(),
  auditorId: z.string().nullable(),
  coderId: z.string(),
  stratum: z.string(),
  versionId: z.string(),
  setting: z.enum(ENCOUNTER_SETTINGS),
  encounterDate: z.string(),
  fiscalYear: z.number(),
  facility: z.string().nullable(),
  coderDrg: z.string().nullable(),
  auditorCodes: z.array(StoredCodeLineRow).nullable(),
  auditorDrg: z.string().nullable(),
  dischargeDate: z.string().nullable(),
  patientAge: z.number().nullable(),
  patientSex: z.enum(['M', 'F', 'U']).nullable(),
  dischargeStatus: z.string().nullable(),
  updatedAt: z.date(),
});
export type ItemForReview = z.infer<typeof ItemForReview>;

/**
 * An item as its reader may see it. Admins: any. Supervisors: items of audits wholly in their teams.
 * Auditors: their own items; another auditor's item in an audit they also work on is 403 (they know the
 * audit), anything else 404. Coders: none (their released findings have their own endpoint).
 */
export async function loadItemFor(
  m: EntityManager,
  user: SessionUser,
  auditId: string,
  itemId: string,
  lock = false,
): Promise<ItemForReview> {
  const rows = await selectRows(
    m,
    ItemForReview,
    `SELECT i.id, i.audit_id AS "auditId", a.status AS "auditStatus", a.team_ids AS "auditTeamIds", i.status, i.version, i.auditor_id AS "auditorId",
            i.coder_id AS "coderId", i.stratum, i.encounter_version_id AS "versionId", i.setting, i.encounter_date::text AS "encounterDate",
            i.fiscal_year AS "fiscalYear", v.facility, v.drg AS "coderDrg", i.auditor_codes AS "auditorCodes", i.auditor_drg AS "auditorDrg", i.updated_at AS "updatedAt",
            v.discharge_date::text AS "dischargeDate", v.patient_age AS "patientAge", v.patient_sex AS "patientSex", v.discharge_status AS "dischargeStatus"
       FROM audit_items i JOIN audits a ON a.id = i.audit_id JOIN encounter_versions v ON v.id = i.encounter_version_id
      WHERE i.id = $1 AND i.audit_id = $2 ${lock ? 'FOR UPDATE OF i' : ''}`,
    [itemId, auditId],
  );
  const item = rows[0];
  if (!item) throw notFound('AUDIT_ITEM_NOT_FOUND', 'Audit item');
  if (user.role === 'admin') return item;
  if (
    user.role === 'supervisor' &&
    item.auditTeamIds.length > 0 &&
    item.auditTeamIds.every((t) => user.teamIds.includes(t))
  )
    return item;
  if (user.role === 'auditor') {
    if (item.auditorId === user.id) return item;
    const mine = await selectRow(
      m,
      AnyRow,
      'SELECT 1 FROM audit_items WHERE audit_id = $1 AND auditor_id = $2 LIMIT 1',
      [auditId, user.id],
    );
    if (mine) throw new AppError(403, 'ITEM_NOT_ASSIGNED_TO_YOU', 'This record is assigned to another auditor');
  }
  throw notFound('AUDIT_NOT_FOUND', 'Audit');
}

/** Changes are the item's own auditor's, while the audit is in review and the item is on their desk. */
export function assertEditable(user: SessionUser, item: ItemForReview): void {
  if (user.role !== 'auditor' || item.auditorId !== user.id)
    throw new AppError(403, 'ITEM_NOT_ASSIGNED_TO_YOU', 'Only the auditor this record is assigned to can change it');
  if (item.auditStatus !== 'in_review')
    throw new AppError(
      409,
      'AUDIT_NOT_IN_REVIEW',
      `The audit is ${item.auditStatus}; records can only be changed while it is in review`,
    );
  if (item.status === 'unreviewable' || item.status === 'spare')
    throw new AppError(409, 'ITEM_NOT_EDITABLE', `This record is ${item.status} and cannot be reviewed`);
}

export function assertVersion(item: ItemForReview, given: number): void {
  if (item.version === given) return;
  throw new AppError(
    409,
    'ITEM_VERSION_CONFLICT',
    `Someone saved this record after you opened it (now version ${item.version}); reload to see their changes`,
    [
      {
        path: 'body.version',
        message: `is ${given}; the record is at version ${item.version}`,
        currentVersion: item.version,
        yourVersion: given,
        updatedAt: item.updatedAt.toISOString(),
      },
    ],
  );
}
