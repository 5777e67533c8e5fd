import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Buckets of an import are now written by several connections at once, so they commit out of order:
 * the checkpoint becomes the set of buckets written, not a count. Imports caught mid-write keep their
 * progress (every bucket below buckets_done was written, in order).
 */
export class ImportBucketsWritten1796190287428 implements MigrationInterface {
    name = 'ImportBucketsWritten1796190287428'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "imports" ADD "buckets_written" integer array NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`UPDATE "imports" SET "buckets_written" = ARRAY(SELECT generate_series(0, "buckets_done" - 1)) WHERE "buckets_done" > 0`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "imports" DROP COLUMN "buckets_written"`);
    }

}
