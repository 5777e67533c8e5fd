import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audits point at an encounter version: what the coder submitted must never change under them.
 * A re-import with changes adds a version; UPDATE and DELETE of a version or its codes are refused.
 * (TRUNCATE stays possible for operators resetting a database.)
 */
export class EncounterVersionsImmutable1795427578495 implements MigrationInterface {
  name = 'EncounterVersionsImmutable1795427578495';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION encounter_version_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is immutable: % is not allowed (import a new version instead)', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['encounter_versions', 'encounter_codes']) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_immutable BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION encounter_version_reject_change()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER encounter_codes_immutable ON encounter_codes');
    await queryRunner.query('DROP TRIGGER encounter_versions_immutable ON encounter_versions');
    await queryRunner.query('DROP FUNCTION encounter_version_reject_change()');
  }
}
