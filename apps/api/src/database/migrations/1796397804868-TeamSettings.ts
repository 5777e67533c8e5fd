import { MigrationInterface, QueryRunner } from "typeorm";

export class TeamSettings1796397804868 implements MigrationInterface {
    name = 'TeamSettings1796397804868'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "teams" ADD "settings" text array NOT NULL DEFAULT '{}'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "teams" DROP COLUMN "settings"`);
    }

}
