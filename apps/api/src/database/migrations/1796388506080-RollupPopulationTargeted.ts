import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Rollups gain what honest aggregates need: the coder-month's population (the coder's encounters that
 * month: the stratum weight of a team figure) and the targeted-review counts kept apart from the rate.
 * Existing rows get their population and targeted counts at the next refresh of their month.
 */
export class RollupPopulationTargeted1796388506080 implements MigrationInterface {
    name = 'RollupPopulationTargeted1796388506080'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "score_rollups" ADD "population" integer`);
        await queryRunner.query(`ALTER TABLE "score_rollups" ADD "targeted_records_reviewed" integer NOT NULL DEFAULT '0'`);
        await queryRunner.query(`ALTER TABLE "score_rollups" ADD "targeted_records_with_error" integer NOT NULL DEFAULT '0'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "score_rollups" DROP COLUMN "targeted_records_with_error"`);
        await queryRunner.query(`ALTER TABLE "score_rollups" DROP COLUMN "targeted_records_reviewed"`);
        await queryRunner.query(`ALTER TABLE "score_rollups" DROP COLUMN "population"`);
    }

}
