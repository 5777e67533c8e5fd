// bench:import's 837 leg: converts the bench CSV to one 837 file and imports it through the same upload → worker path.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { uploadAndWait } from './import-client.mjs';
import { info } from '../../scripts/lib/log.mjs';
import { writeX12FromDemoCsv } from './import-x12.mjs';

/**
 * @param {{ apiUrl: string, cookie: string, db: import('pg').Client, csvFile: string, dir: string }} o
 */
export async function importX12(o) {
  const file = join(o.dir, 'demo.837');
  const started = performance.now();
  const claims = await writeX12FromDemoCsv(o.csvFile, file);
  const convertSeconds = Math.round((performance.now() - started) / 100) / 10;
  const [{ coder }] = (await o.db.query(`SELECT external_id AS coder FROM coders ORDER BY external_id LIMIT 1`)).rows;
  info(
    `Importing the same encounters as one 837 (${claims.claimsI} 837I + ${claims.claimsP} 837P claims, ${Math.round(statSync(file).size / 1024 ** 2)} MB)…`,
  );
  const outcome = await uploadAndWait({
    apiUrl: o.apiUrl,
    cookie: o.cookie,
    file,
    source: 'demo-x12',
    defaultCoderExternalId: coder,
  });
  if (outcome.detail.status !== 'succeeded')
    throw new Error(`the 837 import ${outcome.detail.status}: ${JSON.stringify(outcome.detail.failure)}`);
  const [row] = (
    await o.db.query(
      `SELECT codes_written::int AS codes, encounters_created AS encounters, error_count AS errors FROM imports WHERE id = $1`,
      [outcome.importId],
    )
  ).rows;
  const seconds = outcome.totalMs / 1000;
  return {
    rowsPerSec: Math.round(row.codes / seconds),
    seconds: Math.round(seconds * 10) / 10,
    codes: row.codes,
    encounters: row.encounters,
    importErrors: row.errors,
    claims837I: claims.claimsI,
    claims837P: claims.claimsP,
    fileMb: Math.round((statSync(file).size / 1024 ** 2) * 10) / 10,
    convertSeconds,
  };
}

/**
 * Removes the 837 leg's encounters (source demo-x12), so the tables hold exactly what the CSV import wrote.
 * encounters ↔ current version is a deferred foreign key, and versions and codes are immutable (triggers): the
 * scratch database's superuser removes them in one transaction with triggers off.
 * @param {import('pg').Client} db
 */
export async function removeX12Rows(db) {
  await db.query('BEGIN');
  await db.query(`SET LOCAL session_replication_role = replica`);
  await db.query(
    `DELETE FROM encounter_codes WHERE version_id IN (SELECT v.id FROM encounter_versions v JOIN encounters e ON e.id = v.encounter_id WHERE e.source = 'demo-x12')`,
  );
  await db.query(
    `DELETE FROM encounter_versions WHERE encounter_id IN (SELECT id FROM encounters WHERE source = 'demo-x12')`,
  );
  await db.query(`DELETE FROM encounters WHERE source = 'demo-x12'`);
  await db.query('COMMIT');
}
