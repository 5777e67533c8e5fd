import { Client } from 'pg';
import { databaseUrlFor } from './test-env';

/**
 * Copies a database through PostgreSQL's template mechanism (files, not rows: a few seconds even
 * with the code sets). TypeORM records generated columns under the database's name, and a copy
 * carries its template's, so the copy's record is renamed.
 */
export async function copyDatabase(admin: Client, from: string, to: string): Promise<void> {
  await admin.query(`CREATE DATABASE "${to}" TEMPLATE "${from}"`);
  const copy = new Client({ connectionString: databaseUrlFor(to) });
  await copy.connect();
  try {
    await copy.query('UPDATE typeorm_metadata SET database = current_database() WHERE database = $1', [from]);
  } finally {
    await copy.end();
  }
}
