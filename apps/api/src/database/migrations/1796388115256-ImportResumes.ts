import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The reconciler's memory of an import it had to resume: how many times in a row it did so without
 * the checkpoint moving, and the checkpoint it saw last. Hand-written (two plain columns).
 */
export class ImportResumes1796388115256 implements MigrationInterface {
    name = 'ImportResumes1796388115256'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "imports" ADD "resume_count" integer NOT NULL DEFAULT '0'`);
        await queryRunner.query(`ALTER TABLE "imports" ADD "resume_mark" text`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "imports" DROP COLUMN "resume_mark"`);
        await queryRunner.query(`ALTER TABLE "imports" DROP COLUMN "resume_count"`);
    }

}
