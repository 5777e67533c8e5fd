import { MigrationInterface, QueryRunner } from "typeorm";

export class GrouperImportInputs1796397752821 implements MigrationInterface {
    name = 'GrouperImportInputs1796397752821'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "encounter_versions" ADD "patient_age" smallint`);
        await queryRunner.query(`ALTER TABLE "encounter_versions" ADD "patient_sex" text`);
        await queryRunner.query(`ALTER TABLE "encounter_versions" ADD "discharge_status" text`);
        await queryRunner.query(`ALTER TABLE "encounter_versions" ADD "grouper_drg" text`);
        await queryRunner.query(`ALTER TABLE "encounter_versions" ADD "grouper_version" text`);
        await queryRunner.query(`ALTER TABLE "encounter_versions" ADD "grouper_return_code" text`);
        await queryRunner.query(`ALTER TABLE "encounter_versions" ADD "grouper_message" text`);
        await queryRunner.query(`ALTER TABLE "encounter_versions" ADD "grouper_missing" text array NOT NULL DEFAULT '{}'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "encounter_versions" DROP COLUMN "grouper_missing"`);
        await queryRunner.query(`ALTER TABLE "encounter_versions" DROP COLUMN "grouper_message"`);
        await queryRunner.query(`ALTER TABLE "encounter_versions" DROP COLUMN "grouper_return_code"`);
        await queryRunner.query(`ALTER TABLE "encounter_versions" DROP COLUMN "grouper_version"`);
        await queryRunner.query(`ALTER TABLE "encounter_versions" DROP COLUMN "grouper_drg"`);
        await queryRunner.query(`ALTER TABLE "encounter_versions" DROP COLUMN "discharge_status"`);
        await queryRunner.query(`ALTER TABLE "encounter_versions" DROP COLUMN "patient_sex"`);
        await queryRunner.query(`ALTER TABLE "encounter_versions" DROP COLUMN "patient_age"`);
    }

}
