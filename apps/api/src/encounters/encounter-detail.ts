import type { EncounterCodeDto, EncounterDetailDto, EncounterVersionSummaryDto } from '@recode/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { CodeSetLookup } from '../code-sets';
import { selectRow, selectRows } from '../database/sql';
import { describeCodes } from './code-descriptions';
import { CodeLineRow, VersionRow, VersionSummaryRow } from './encounter-rows';

const VERSION_COLUMNS = `v.id, v.version, v.import_id, v.setting, v.facility, v.payer, to_char(v.admission_date, 'YYYY-MM-DD') AS admission_date,
  to_char(v.discharge_date, 'YYYY-MM-DD') AS discharge_date, to_char(v.service_date, 'YYYY-MM-DD') AS service_date,
  to_char(v.encounter_date, 'YYYY-MM-DD') AS encounter_date, v.fiscal_year, v.drg, v.total_charges::float8 AS total_charges, v.flags, v.flagged,
  v.created_at, c.id AS coder_id, c.external_id AS coder_external_id, c.display_name AS coder_name, c.team_id AS coder_team_id`;

/** One version of an encounter (the current one unless asked), with its codes described for that version's year. */
export async function loadEncounterDetail(
  db: DataSource | EntityManager,
  lookup: CodeSetLookup,
  encounter: { id: string; source: string; external_id: string; current_version_id: string },
  versionId: string | undefined,
): Promise<EncounterDetailDto | null> {
  const v = await selectRow(
    db,
    VersionRow,
    `SELECT ${VERSION_COLUMNS} FROM encounter_versions v JOIN coders c ON c.id = v.coder_id WHERE v.encounter_id = $1 AND v.id = $2`,
    [encounter.id, versionId ?? encounter.current_version_id],
  );
  if (!v) return null;
  const codes = await selectRows(
    db,
    CodeLineRow,
    'SELECT position, system, code, sequence, principal, poa, modifiers, units, line, issue FROM encounter_codes WHERE version_id = $1 ORDER BY position',
    [v.id],
  );
  const versions = await selectRows(
    db,
    VersionSummaryRow,
    'SELECT id, version, import_id, flagged, created_at FROM encounter_versions WHERE encounter_id = $1 ORDER BY version DESC',
    [encounter.id],
  );
  const descriptions = await describeCodes(
    db as DataSource,
    lookup,
    { fiscalYear: v.fiscal_year, date: v.encounter_date },
    codes,
  );
  const drg = v.drg ? await lookup.drg(v.fiscal_year, v.drg) : null;
  return {
    id: encounter.id,
    source: encounter.source,
    externalId: encounter.external_id,
    currentVersionId: encounter.current_version_id,
    version: {
      id: v.id,
      version: v.version,
      isCurrent: v.id === encounter.current_version_id,
      importId: v.import_id,
      setting: v.setting,
      facility: v.facility,
      payer: v.payer,
      admissionDate: v.admission_date,
      dischargeDate: v.discharge_date,
      serviceDate: v.service_date,
      encounterDate: v.encounter_date,
      fiscalYear: v.fiscal_year,
      coder: { id: v.coder_id, externalId: v.coder_external_id, displayName: v.coder_name, teamId: v.coder_team_id },
      drg: v.drg,
      drgTitle: drg?.title ?? null,
      drgWeight: drg?.relativeWeight ?? null,
      totalCharges: v.total_charges,
      flagged: v.flagged,
      flags: v.flags,
      createdAt: v.created_at.toISOString(),
    },
    codes: codes.map((c): EncounterCodeDto => ({
      position: c.position,
      system: c.system,
      code: c.code,
      description: descriptions.get(`${c.system}:${c.code}`) ?? null,
      sequence: c.sequence,
      principal: c.principal,
      poa: c.poa,
      modifiers: c.modifiers,
      units: c.units,
      line: c.line,
      issue: c.issue,
    })),
    versions: versions.map((x): EncounterVersionSummaryDto => ({
      id: x.id,
      version: x.version,
      importId: x.import_id,
      flagged: x.flagged,
      createdAt: x.created_at.toISOString(),
    })),
  };
}
