import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '../config/env';
import { dataSourceOptions } from '../database/data-source';
import { seedDemoAccounts } from '../seed/demo-accounts';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const db = await new DataSource(dataSourceOptions(config.DATABASE_URL)).initialize();
  try {
    const seeded = await seedDemoAccounts(db);
    process.stdout.write(
      seeded ? 'Created the first admin, demo teams, coders and users\n' : 'Users already exist: nothing seeded\n',
    );
  } finally {
    await db.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`Seeding failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
