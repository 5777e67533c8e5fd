import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';

const suffix = (): string => randomBytes(4).toString('hex');

export interface FactoryCode {
  system: 'ICD10CM' | 'ICD10PCS' | 'CPT' | 'HCPCS';
  code: string;
  principal?: boolean;
  poa?: string | null;
  modifiers?: string[];
  units?: number | null;
}

export interface FactoryEncounter {
  coderId: string;
  setting?: 'inpatient' | 'outpatient' | 'ed' | 'profee';
  encounterDate?: string;
  fiscalYear?: number;
  facility?: string | null;
  payer?: string | null;
  drg?: string | null;
  flagged?: boolean;
  /** The import's pre-audit flags on the version (issue codes). */
  flags?: string[];
  externalId?: string;
  source?: string;
  codes?: FactoryCode[];
}

const fiscalYearOf = (date: string): number => Number(date.slice(0, 4)) + (Number(date.slice(5, 7)) >= 10 ? 1 : 0);

/**
 * One encounter with its first version and code lines, inserted directly (the encounter's
 * current_version_id FK is deferred, so both go in one transaction). Sequences count per system.
 */
export async function createEncounter(
  db: DataSource,
  e: FactoryEncounter,
): Promise<{ encounterId: string; versionId: string; externalId: string }> {
  const date = e.encounterDate ?? '2026-01-15';
  const fy = e.fiscalYear ?? fiscalYearOf(date);
  const setting = e.setting ?? 'inpatient';
  const externalId = e.externalId ?? `ENC-${suffix()}`;
  const codes = e.codes ?? [];
  return db.transaction(async (m) => {
    const [{ encounterId, versionId }] = await m.query(
      'SELECT gen_random_uuid() AS "encounterId", gen_random_uuid() AS "versionId"',
    );
    await m.query(
      `INSERT INTO encounters (id, source, external_id, current_version_id, version_count, coder_id, setting, facility, encounter_date, fiscal_year, drg, flagged, code_count)
       VALUES ($1, $2, $3, $4, 1, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        encounterId,
        e.source ?? 'test',
        externalId,
        versionId,
        e.coderId,
        setting,
        e.facility ?? null,
        date,
        fy,
        e.drg ?? null,
        e.flagged ?? false,
        codes.length,
      ],
    );
    await m.query(
      `INSERT INTO encounter_versions (id, encounter_id, version, content_hash, setting, facility, payer, admission_date, discharge_date, service_date,
         encounter_date, fiscal_year, coder_id, drg, flags, flagged, code_count)
       VALUES ($1, $2, 1, gen_random_uuid(), $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $15::text[], $13, $14)`,
      [
        versionId,
        encounterId,
        setting,
        e.facility ?? null,
        e.payer ?? null,
        setting === 'inpatient' ? date : null,
        setting === 'inpatient' ? date : null,
        setting === 'inpatient' ? null : date,
        date,
        fy,
        e.coderId,
        e.drg ?? null,
        e.flagged ?? false,
        codes.length,
        e.flags ?? [],
      ],
    );
    const seq = new Map<string, number>();
    for (const [i, c] of codes.entries()) {
      const n = (seq.get(c.system) ?? 0) + 1;
      seq.set(c.system, n);
      await m.query(
        `INSERT INTO encounter_codes (version_id, position, system, code, sequence, principal, poa, modifiers, units) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          versionId,
          i + 1,
          c.system,
          c.code,
          n,
          c.principal ?? n === 1,
          c.poa ?? null,
          c.modifiers ?? [],
          c.units ?? null,
        ],
      );
    }
    return { encounterId, versionId, externalId };
  });
}

/**
 * Many encounters at once (generate_series), each with one diagnosis line, for sampling tests:
 * `perCoder` encounters for every coder given, dated across `from`..`to`. Returns how many were made.
 */
export async function createFrame(
  db: DataSource,
  opts: {
    coderIds: string[];
    perCoder: number;
    from?: string;
    days?: number;
    setting?: 'inpatient' | 'outpatient';
    facility?: string | null;
    source?: string;
  },
): Promise<number> {
  const source = opts.source ?? `frame-${suffix()}`;
  const setting = opts.setting ?? 'outpatient';
  await db.transaction(async (m) => {
    await m.query(
      `CREATE TEMP TABLE frame_rows ON COMMIT DROP AS
       SELECT gen_random_uuid() AS encounter_id, gen_random_uuid() AS version_id, c.coder_id, g.n,
              ($3::date + ((g.n * 7 + c.ord) % $4::int)::int)::date AS encounter_date
         FROM unnest($1::uuid[]) WITH ORDINALITY AS c(coder_id, ord), generate_series(1, $2::int) AS g(n)`,
      [opts.coderIds, opts.perCoder, opts.from ?? '2026-01-01', opts.days ?? 28],
    );
    await m.query(
      `INSERT INTO encounters (id, source, external_id, current_version_id, version_count, coder_id, setting, facility, encounter_date, fiscal_year, drg, flagged, code_count)
       SELECT encounter_id, $1, $1 || '-' || coder_id || '-' || n, version_id, 1, coder_id, $2, $3, encounter_date,
              extract(year FROM encounter_date)::int + CASE WHEN extract(month FROM encounter_date) >= 10 THEN 1 ELSE 0 END, NULL, false, 1
         FROM frame_rows`,
      [source, setting, opts.facility ?? null],
    );
    await m.query(
      `INSERT INTO encounter_versions (id, encounter_id, version, content_hash, setting, facility, service_date, encounter_date, fiscal_year, coder_id, flags, flagged, code_count)
       SELECT version_id, encounter_id, 1, gen_random_uuid(), $1, $2, encounter_date, encounter_date,
              extract(year FROM encounter_date)::int + CASE WHEN extract(month FROM encounter_date) >= 10 THEN 1 ELSE 0 END, coder_id, '{}', false, 1
         FROM frame_rows`,
      [setting, opts.facility ?? null],
    );
    await m.query(
      `INSERT INTO encounter_codes (version_id, position, system, code, sequence, principal) SELECT version_id, 1, 'ICD10CM', 'E119', 1, true FROM frame_rows`,
    );
  });
  return opts.coderIds.length * opts.perCoder;
}

/** Demo coder ids by external id (C001…). */
export async function coderIds(db: DataSource, externalIds: string[]): Promise<string[]> {
  const rows: { id: string; external_id: string }[] = await db.query(
    'SELECT id, external_id FROM coders WHERE external_id = ANY($1)',
    [externalIds],
  );
  return externalIds.map((x) => {
    const row = rows.find((r) => r.external_id === x);
    if (!row) throw new Error(`no coder ${x}`);
    return row.id;
  });
}

export async function teamId(db: DataSource, name: string): Promise<string> {
  const [row] = await db.query('SELECT id FROM teams WHERE name = $1', [name]);
  return row.id;
}

export async function userId(db: DataSource, email: string): Promise<string> {
  const [row] = await db.query('SELECT id FROM users WHERE email = $1', [email]);
  return row.id;
}
