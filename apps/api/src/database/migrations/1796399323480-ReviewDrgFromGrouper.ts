import { MigrationInterface, QueryRunner } from "typeorm";

export class ReviewDrgFromGrouper1796399323480 implements MigrationInterface {
    name = 'ReviewDrgFromGrouper1796399323480'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "audit_items" ADD "auditor_drg_source" text`);
        await queryRunner.query(`ALTER TABLE "audit_items" ADD "drg_override_reason" text`);
        await queryRunner.query(`ALTER TABLE "audit_items" ADD "drg_drivers" text array`);
        await queryRunner.query(`ALTER TABLE "audit_findings" ADD "drg_source" text`);
        await queryRunner.query(`ALTER TABLE "audit_findings" ADD "drg_drivers" text array`);
        await queryRunner.query(`ALTER TABLE "audit_findings" ADD "drg_override_reason" text`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "audit_findings" DROP COLUMN "drg_override_reason"`);
        await queryRunner.query(`ALTER TABLE "audit_findings" DROP COLUMN "drg_drivers"`);
        await queryRunner.query(`ALTER TABLE "audit_findings" DROP COLUMN "drg_source"`);
        await queryRunner.query(`ALTER TABLE "audit_items" DROP COLUMN "drg_drivers"`);
        await queryRunner.query(`ALTER TABLE "audit_items" DROP COLUMN "drg_override_reason"`);
        await queryRunner.query(`ALTER TABLE "audit_items" DROP COLUMN "auditor_drg_source"`);
    }

}
