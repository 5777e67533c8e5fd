import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staging tables live in their own schema: the runtime role may create tables there (one pair per
 * import, dropped when it ends) and nowhere else (see database/runtime-role.ts).
 */
export class ImportStageSchema1796400000000 implements MigrationInterface {
  name = 'ImportStageSchema1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE SCHEMA IF NOT EXISTS import_stage');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP SCHEMA IF EXISTS import_stage CASCADE');
  }
}
