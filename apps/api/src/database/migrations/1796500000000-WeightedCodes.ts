import { MigrationInterface, QueryRunner } from "typeorm";

/** Saved records' principal codes from both code sets, as countPrincipalCodes counts them (checked by dashboard.int-spec). */
export const BACKFILL_PRINCIPAL_CODES = `UPDATE audit_items i SET principal_codes = (
    SELECT count(DISTINCT (u.system, upper(regexp_replace(u.code, '[.[:space:]]', '', 'g'))))::int
      FROM (SELECT c.system, c.code, c.principal FROM encounter_codes c WHERE c.version_id = i.encounter_version_id
            UNION ALL
            SELECT x.system, x.code, coalesce(x.principal, false)
              FROM jsonb_to_recordset(i.auditor_codes) AS x(system text, code text, principal boolean)) u
     WHERE u.principal)
  WHERE i.codes_reviewed IS NOT NULL AND jsonb_typeof(i.auditor_codes) = 'array'`;

/**
 * Code accuracy's denominator weighted like its errors (scoring method recode-score/2): each reviewed record
 * keeps how many of its codes sit on a principal / first-listed line, and each rollup its weighted codes.
 * Saved records get their count from both code sets here. Rollups start from their plain code count, the
 * recode-score/1 figure they were computed with; the audit reconciler rescores every audit whose latest
 * score is of an older method, and that rewrites the rollups.
 */
export class WeightedCodes1796500000000 implements MigrationInterface {
    name = 'WeightedCodes1796500000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "audit_items" ADD "principal_codes" integer`);
        await queryRunner.query(BACKFILL_PRINCIPAL_CODES);
        await queryRunner.query(`ALTER TABLE "score_rollups" ADD "weighted_codes" double precision`);
        await queryRunner.query(`UPDATE score_rollups SET weighted_codes = codes_reviewed`);
        await queryRunner.query(`ALTER TABLE "score_rollups" ALTER COLUMN "weighted_codes" SET NOT NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "score_rollups" DROP COLUMN "weighted_codes"`);
        await queryRunner.query(`ALTER TABLE "audit_items" DROP COLUMN "principal_codes"`);
    }

}
