import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit trail is evidence: rows may be added, never changed or removed. */
export class AuditLogAppendOnly1795426844492 implements MigrationInterface {
  name = 'AuditLogAppendOnly1795426844492';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION audit_log_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_reject_change()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_log_append_only ON audit_log');
    await queryRunner.query('DROP FUNCTION audit_log_reject_change()');
  }
}
