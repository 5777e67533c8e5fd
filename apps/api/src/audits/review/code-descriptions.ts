import type { AuditLineSystem, CodeSetUsedDto, DrgDto } from '@recode/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { hcpcsQuarterNote } from '@recode/domain';
import type { CodeSetLookup } from '../../code-sets';
import { codeSetLabel } from '../../code-sets';
import { selectRows } from '../../database/sql';
import type { EncounterYear } from './code-validation';
import { DescriptionRow } from './review-rows';

export interface Described {
  /** `${system}|${code}` → long description. */
  descriptions: Map<string, string>;
  codeSets: CodeSetUsedDto[];
}

/**
 * Descriptions from the code sets of the encounter's year (ICD-10 and MS-DRG by fiscal year, HCPCS and
 * CPT by date), one query per system, plus which sets answered so the screen can name them.
 */
export async function describeCodes(
  lookup: CodeSetLookup,
  db: DataSource | EntityManager,
  enc: EncounterYear,
  lines: readonly { system: AuditLineSystem; code: string }[],
): Promise<Described> {
  const descriptions = new Map<string, string>();
  const codeSets: CodeSetUsedDto[] = [];
  const systems = [...new Set<AuditLineSystem>(['ICD10CM', ...lines.map((l) => l.system)])];
  for (const system of systems) {
    const resolved =
      system === 'ICD10CM' || system === 'ICD10PCS'
        ? await lookup.resolveYear(system, enc.fiscalYear)
        : await lookup.resolve(system, enc.encounterDate);
    if (!resolved.ok) {
      codeSets.push({ system, label: null, fiscalYear: resolved.fiscalYear });
      continue;
    }
    const note =
      system === 'HCPCS' && resolved.warnings.length
        ? hcpcsQuarterNote(resolved.codeSet.version, enc.encounterDate.slice(0, 10))
        : null;
    codeSets.push({
      system,
      label: codeSetLabel(resolved.codeSet),
      fiscalYear: resolved.codeSet.fiscalYear,
      ...(note ? { note } : {}),
    });
    const codes = [...new Set(lines.filter((l) => l.system === system).map((l) => l.code))];
    if (codes.length === 0) continue;
    const rows = await selectRows(
      db,
      DescriptionRow,
      'SELECT code, long_description AS description FROM codes WHERE code_set_id = $1 AND code = ANY($2::text[])',
      [resolved.codeSet.id, codes],
    );
    for (const row of rows) descriptions.set(`${system}|${row.code}`, row.description);
  }
  const drgs = await lookup.resolveYear('MSDRG', enc.fiscalYear);
  codeSets.push(
    drgs.ok
      ? { system: 'MSDRG', label: codeSetLabel(drgs.codeSet), fiscalYear: drgs.codeSet.fiscalYear }
      : { system: 'MSDRG', label: null, fiscalYear: enc.fiscalYear },
  );
  return { descriptions, codeSets };
}

export async function describeDrg(
  lookup: CodeSetLookup,
  fiscalYear: number,
  drg: string | null,
): Promise<DrgDto | null> {
  if (!drg) return null;
  const padded = /^\d{1,3}$/.test(drg.trim()) ? drg.trim().padStart(3, '0') : drg.trim();
  const info = await lookup.drg(fiscalYear, padded);
  return { drg: padded, title: info?.title ?? null, weight: info?.relativeWeight ?? null };
}
