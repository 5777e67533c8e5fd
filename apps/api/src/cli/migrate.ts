import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '../config/env';
import { dataSourceOptions } from '../database/data-source';
import { databasePassword, databaseUser, grantRuntimeRole } from '../database/runtime-role';

/**
 * `npm run migrate`: applies pending migrations, each in its own transaction, as the owner
 * (MIGRATION_DATABASE_URL, else DATABASE_URL); then, when DATABASE_URL names another user, makes that
 * user the runtime role that owns nothing (database/runtime-role.ts) and grants it what the app needs.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const ownerUrl = config.MIGRATION_DATABASE_URL ?? config.DATABASE_URL;
  const db = await new DataSource(dataSourceOptions(ownerUrl)).initialize();
  try {
    const applied = await db.runMigrations({ transaction: 'each' });
    process.stdout.write(
      applied.length
        ? `Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}\n`
        : 'Database schema is up to date\n',
    );
    const runtimeUser = databaseUser(config.DATABASE_URL);
    if (runtimeUser === databaseUser(ownerUrl)) {
      process.stdout.write(
        `Warning: the API and worker connect as the owner "${runtimeUser}"; set MIGRATION_DATABASE_URL to the owner and DATABASE_URL to a role that owns nothing (docs/security.md)\n`,
      );
    } else {
      await grantRuntimeRole(db, runtimeUser, databasePassword(config.DATABASE_URL));
      process.stdout.write(
        `Runtime role "${runtimeUser}": DML on the app tables, INSERT/SELECT on audit_log, owns nothing\n`,
      );
    }
  } finally {
    await db.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`Migration failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
