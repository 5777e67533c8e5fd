import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The code picker's indexes, which TypeORM cannot express (declared with synchronize: false on Code):
 * - code prefix ("E11…") within one code set: text_pattern_ops, because the database collation is not C;
 * - words at word starts ("diab kid"): GIN on the generated tsvector;
 * - words anywhere ("oxem" in "hypoxemia"): trigrams. pg_trgm is a trusted extension, so the database
 *   owner can create it without superuser rights.
 */
export class CodeSetSearch1795428416609 implements MigrationInterface {
  name = 'CodeSetSearch1795428416609';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query('CREATE INDEX "IDX_codes_set_code_prefix" ON "codes" ("code_set_id", "code" text_pattern_ops)');
    await queryRunner.query('CREATE INDEX "IDX_codes_search" ON "codes" USING gin ("search")');
    await queryRunner.query('CREATE INDEX "IDX_codes_description_trgm" ON "codes" USING gin ("long_description" gin_trgm_ops)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_codes_description_trgm"');
    await queryRunner.query('DROP INDEX "IDX_codes_search"');
    await queryRunner.query('DROP INDEX "IDX_codes_set_code_prefix"');
    // pg_trgm stays: other objects may have come to depend on it.
  }
}
