import { Client } from 'pg';
import { databaseUrlFor } from './test-env';

/**
 * Copies a database through PostgreSQL's template mechanism (files, not rows). FILE_COPY copies the
 * files and writes one WAL record; the default (WAL_LOG) writes every block of the copy to the WAL, which
 * for the code-set template (about 450 MB, copied by some 30 spec files a run) took 2.0 s a copy
 * against 0.8 s, and three times the CPU. TypeORM records generated columns under the database's name,
 * and a copy carries its template's, so the copy's record is renamed.
 */
export async function copyDatabase(admin: Client, from: string, to: string): Promise<void> {
  await admin.query(`CREATE DATABASE "${to}" TEMPLATE "${from}" STRATEGY FILE_COPY`);
  const copy = new Client({ connectionString: databaseUrlFor(to) });
  await copy.connect();
  try {
    await copy.query('UPDATE typeorm_metadata SET database = current_database() WHERE database = $1', [from]);
  } finally {
    await copy.end();
  }
}
