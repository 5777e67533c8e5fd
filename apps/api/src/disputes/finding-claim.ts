import type { ClaimLineDto } from '@recode/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { describeCodes } from '../audits';
import type { CodeSetLookup } from '../code-sets';
import { selectRow, selectRows } from '../database/sql';
import { ClaimLineRow, FindingItemRow } from './dispute-sql-rows';

type StoredLine = z.infer<typeof ClaimLineRow>;

/**
 * The claim a finding belongs to: the coder's codes (the audited encounter version) beside the
 * auditor's final codes, described from the code sets of the encounter's year. The caller has already
 * been scoped to the finding.
 */
export async function loadFindingClaim(
  db: DataSource | EntityManager,
  lookup: CodeSetLookup,
  findingId: string,
): Promise<{ coderCodes: ClaimLineDto[]; auditorCodes: ClaimLineDto[] }> {
  const item = await selectRow(
    db,
    FindingItemRow,
    `SELECT i.encounter_version_id AS "versionId", i.auditor_codes AS "auditorCodes", i.setting, i.fiscal_year AS "fiscalYear", i.encounter_date::text AS "encounterDate"
       FROM audit_findings f JOIN audit_items i ON i.id = f.item_id WHERE f.id = $1`,
    [findingId],
  );
  if (!item) return { coderCodes: [], auditorCodes: [] };
  const coder = await selectRows(
    db,
    ClaimLineRow,
    'SELECT system, code, sequence, principal, poa, modifiers FROM encounter_codes WHERE version_id = $1 ORDER BY position',
    [item.versionId],
  );
  const auditor = item.auditorCodes ?? coder;
  const { descriptions } = await describeCodes(lookup, db, item, [...coder, ...auditor]);
  const describe = (lines: StoredLine[]): ClaimLineDto[] =>
    lines.map((l) => ({
      system: l.system,
      code: l.code,
      sequence: l.sequence,
      principal: l.principal,
      poa: l.poa ?? null,
      modifiers: l.modifiers ?? [],
      description: descriptions.get(`${l.system}|${l.code}`) ?? null,
    }));
  return { coderCodes: describe(coder), auditorCodes: describe(auditor) };
}
