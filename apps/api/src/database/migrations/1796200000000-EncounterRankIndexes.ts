import { MigrationInterface, QueryRunner } from "typeorm";

/** Current version ids in order (whole frame, and per coder): the sampler reads the ids at drawn ranks from these. */
export class EncounterRankIndexes1796200000000 implements MigrationInterface {
    name = 'EncounterRankIndexes1796200000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "encounters_version_idx" ON "encounters" ("current_version_id") `);
        await queryRunner.query(`CREATE INDEX "encounters_coder_version_idx" ON "encounters" ("coder_id", "current_version_id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."encounters_coder_version_idx"`);
        await queryRunner.query(`DROP INDEX "public"."encounters_version_idx"`);
    }
}
