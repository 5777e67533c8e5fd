import { MigrationInterface, QueryRunner } from "typeorm";

export class DashboardRollups1796161546892 implements MigrationInterface {
    name = 'DashboardRollups1796161546892'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "score_rollups" ADD "code_clusters" integer NOT NULL DEFAULT '0'`);
        await queryRunner.query(`ALTER TABLE "score_rollups" ADD "code_errors_squared" double precision NOT NULL DEFAULT '0'`);
        await queryRunner.query(`ALTER TABLE "score_rollups" ADD "code_units_squared" double precision NOT NULL DEFAULT '0'`);
        await queryRunner.query(`ALTER TABLE "score_rollups" ADD "code_errors_times_units" double precision NOT NULL DEFAULT '0'`);
        await queryRunner.query(`ALTER TABLE "score_rollups" ADD "auditor_findings" jsonb NOT NULL DEFAULT '{}'::jsonb`);
        await queryRunner.query(`CREATE INDEX "audit_items_coder_date_idx" ON "audit_items" ("coder_id", "encounter_date") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."audit_items_coder_date_idx"`);
        await queryRunner.query(`ALTER TABLE "score_rollups" DROP COLUMN "auditor_findings"`);
        await queryRunner.query(`ALTER TABLE "score_rollups" DROP COLUMN "code_errors_times_units"`);
        await queryRunner.query(`ALTER TABLE "score_rollups" DROP COLUMN "code_units_squared"`);
        await queryRunner.query(`ALTER TABLE "score_rollups" DROP COLUMN "code_errors_squared"`);
        await queryRunner.query(`ALTER TABLE "score_rollups" DROP COLUMN "code_clusters"`);
    }

}
