import type { DataSource } from 'typeorm';
import { execute } from '../database/sql';
import { returnedId } from './bench-rows';

/**
 * A synthetic frame of `size` encounters (one current version each) spread over the 24 demo coders,
 * a fiscal year of dates and the four settings, written with two INSERT … SELECT over generate_series.
 * No code lines: sampling a probe reads ids and coders only.
 */
export async function insertSyntheticFrame(db: DataSource, size: number): Promise<void> {
  await db.transaction(async (m) => {
    await execute(
      m,
      `CREATE TEMP TABLE bench_frame ON COMMIT DROP AS
       WITH c AS (SELECT array_agg(id ORDER BY external_id) AS ids, count(*)::int AS n FROM coders)
       SELECT gen_random_uuid() AS encounter_id, gen_random_uuid() AS version_id, g.n,
              c.ids[1 + g.n % c.n] AS coder_id,
              (ARRAY['inpatient', 'outpatient', 'ed', 'profee'])[1 + g.n % 4] AS setting,
              ('2025-10-01'::date + (g.n % 365)::int) AS encounter_date
         FROM generate_series(1, $1::int) AS g(n), c`,
      [size],
    );
    await execute(
      m,
      `INSERT INTO encounters (id, source, external_id, current_version_id, version_count, coder_id, setting, facility, encounter_date, fiscal_year, drg, flagged, code_count)
       SELECT encounter_id, 'bench', 'B' || n, version_id, 1, coder_id, setting, 'BENCH', encounter_date, 2026,
              CASE WHEN setting = 'inpatient' THEN '291' END, false, 0
         FROM bench_frame`,
    );
    await execute(
      m,
      `INSERT INTO encounter_versions (id, encounter_id, version, content_hash, setting, facility, encounter_date, fiscal_year, coder_id, drg, flags, flagged, code_count,
         discharge_date, service_date)
       SELECT version_id, encounter_id, 1, gen_random_uuid(), setting, 'BENCH', encounter_date, 2026, coder_id,
              CASE WHEN setting = 'inpatient' THEN '291' END, '{}', false, 0,
              CASE WHEN setting = 'inpatient' THEN encounter_date END, CASE WHEN setting <> 'inpatient' THEN encounter_date END
         FROM bench_frame`,
    );
  });
  await execute(db, 'ANALYZE encounters');
  await execute(db, 'ANALYZE encounter_versions');
}

/**
 * An audit in review with `items` reviewed records drawn from the frame and findings in a fixed mix:
 * every 3rd record a coder-caused secondary-diagnosis revision, every 5th an added principal diagnosis
 * (weight 2), every 7th a documentation-caused deletion, and every 4th inpatient record a DRG change. Each
 * record's first-listed code is principal, and the added one on every 5th too (principal_codes 1 or 2).
 */
export async function insertReviewedAudit(db: DataSource, items: number): Promise<string> {
  return db.transaction(async (m) => {
    const snapshot = {
      planId: null,
      scope: {},
      period: { from: null, to: null },
      method: { type: 'simpleRandom', sampleSize: items },
      rules: null,
      resolvedCoderLists: {},
      spares: 0,
      exclusionWindowDays: 0,
      dueInDays: 14,
      auditorIds: [],
    };
    const id = await returnedId(
      m,
      `INSERT INTO audits (name, status, team_ids, plan_snapshot, seed, sample_size, sampled_at) VALUES ('Bench scores', 'in_review', '{}', $1, 'bench', $2, now()) RETURNING id`,
      [snapshot, items],
    );
    await execute(
      m,
      `INSERT INTO audit_items (audit_id, encounter_version_id, encounter_id, coder_id, setting, encounter_date, fiscal_year, stratum, draw_order, status, codes_reviewed, principal_codes, reviewed_at)
       SELECT $1, v.id, v.encounter_id, v.coder_id, v.setting, v.encounter_date, v.fiscal_year, '*', row_number() OVER (ORDER BY v.id), 'reviewed', 3 + (row_number() OVER (ORDER BY v.id) % 6),
              CASE WHEN row_number() OVER (ORDER BY v.id) % 5 = 0 THEN 2 ELSE 1 END, now()
         FROM (SELECT * FROM encounter_versions ORDER BY id LIMIT $2) v`,
      [id, items],
    );
    await execute(
      m,
      `INSERT INTO audit_findings (audit_id, item_id, coder_id, key, ordinal, type, category, system, code_before, code_after, principal, suggested_direction,
         root_cause, impact, direction, rationale, fiscal_year, drg_before, drg_after, weight_before, weight_after, weight_delta, payment_delta, base_rate)
       SELECT $1, i.id, i.coder_id, f.key, f.ordinal, f.type, f.category, f.system, f.code_before, f.code_after, f.principal, f.direction,
              f.root_cause, f.impact, f.direction, 'bench', 2026, f.drg_before, f.drg_after, f.wb, f.wa, f.wa - f.wb, round((f.wa - f.wb) * 6500, 2), CASE WHEN f.wb IS NOT NULL THEN 6500 END
         FROM audit_items i
         CROSS JOIN LATERAL (VALUES
           (i.draw_order % 3 = 0, 'revised|ICD10CM|E119|E1165', 1, 'revised', 'secondary_dx', 'ICD10CM', 'E119', 'E1165', false, 'coder', 'data_quality', 'neutral', NULL, NULL, NULL::numeric, NULL::numeric),
           (i.draw_order % 5 = 0, 'added|ICD10CM||A419', 2, 'added', 'principal_dx', 'ICD10CM', NULL, 'A419', true, 'coder', 'financial', 'under', NULL, NULL, NULL, NULL),
           (i.draw_order % 7 = 0, 'deleted|ICD10CM|N179|', 3, 'deleted', 'secondary_dx', 'ICD10CM', 'N179', NULL, false, 'documentation', 'compliance', 'over', NULL, NULL, NULL, NULL),
           (i.setting = 'inpatient' AND i.draw_order % 4 = 0, 'drg_changed|MSDRG|291|292', 4, 'drg_changed', 'drg', 'MSDRG', '291', '292', false, 'coder', 'financial', 'over', '291', '292', 1.2838, 0.849)
         ) AS f(present, key, ordinal, type, category, system, code_before, code_after, principal, root_cause, impact, direction, drg_before, drg_after, wb, wa)
        WHERE i.audit_id = $1 AND f.present`,
      [id],
    );
    return id;
  });
}
