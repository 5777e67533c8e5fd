import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '../config/env';
import { dataSourceOptions } from '../database/data-source';

/** `npm run migrate`: applies pending migrations, each in its own transaction. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const db = await new DataSource(dataSourceOptions(config.DATABASE_URL)).initialize();
  try {
    const applied = await db.runMigrations({ transaction: 'each' });
    process.stdout.write(applied.length ? `Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}\n` : 'Database schema is up to date\n');
  } finally {
    await db.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`Migration failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
