import type { Role } from '@recode/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../credentials';
import { execute, selectRow } from '../database/sql';
import { IdRow, TotalRow } from '../database/rows';

export const DEMO_PASSWORD = 'RecodeDemo!2026';

export const DEMO_TEAMS = ['Inpatient', 'Outpatient & ED', 'Professional fee'] as const;

const CODER_NAMES = [
  'Casey Coder',
  'Jordan Coder',
  'Morgan Lee',
  'Riley Patel',
  'Taylor Nguyen',
  'Quinn Garcia',
  'Drew Okafor',
  'Harper Kim',
  'Rowan Silva',
  'Emerson Cho',
  'Parker Haddad',
  'Sage Moreno',
  'Reese Novak',
  'Skyler Adeyemi',
  'Dakota Berg',
  'Finley Tanaka',
  'Hayden Rossi',
  'Jamie Kowalski',
  'Kendall Mensah',
  'Logan Ferreira',
  'Marlowe Singh',
  'Noel Andersen',
  'Oakley Brooks',
  'Peyton Ito',
];

/** 24 coders across the three teams; the demo-data generator codes encounters under these ids. */
export const DEMO_CODERS = Array.from({ length: 24 }, (_, i) => ({
  externalId: `C${String(i + 1).padStart(3, '0')}`,
  displayName: CODER_NAMES[i] as string,
  team: DEMO_TEAMS[i % 3] as (typeof DEMO_TEAMS)[number],
  startedOn: i >= 21 ? '2026-06-01' : `20${18 + (i % 7)}-0${1 + (i % 9)}-01`,
}));

export const DEMO_USERS: {
  email: string;
  displayName: string;
  role: Role;
  teams: readonly string[];
  coder?: string;
}[] = [
  { email: 'admin@recode.test', displayName: 'Avery Admin', role: 'admin', teams: [] },
  {
    email: 'supervisor@recode.test',
    displayName: 'Sam Supervisor',
    role: 'supervisor',
    teams: ['Inpatient', 'Outpatient & ED'],
  },
  { email: 'supervisor2@recode.test', displayName: 'Pat Profee-Lead', role: 'supervisor', teams: ['Professional fee'] },
  {
    email: 'auditor@recode.test',
    displayName: 'Alex Auditor',
    role: 'auditor',
    teams: ['Inpatient', 'Outpatient & ED', 'Professional fee'],
  },
  {
    email: 'auditor2@recode.test',
    displayName: 'Robin Reviewer',
    role: 'auditor',
    teams: ['Inpatient', 'Outpatient & ED', 'Professional fee'],
  },
  { email: 'coder@recode.test', displayName: 'Casey Coder', role: 'coder', teams: ['Inpatient'], coder: 'C001' },
  {
    email: 'coder2@recode.test',
    displayName: 'Jordan Coder',
    role: 'coder',
    teams: ['Outpatient & ED'],
    coder: 'C002',
  },
];

/**
 * First start: the first admin and the demo accounts. Does nothing if any user exists, so a second
 * `npm start` changes nothing. Returns whether it seeded.
 */
export async function seedDemoAccounts(db: DataSource): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (m) => {
    await execute(m, 'LOCK TABLE users IN EXCLUSIVE MODE');
    const users = await selectRow(m, TotalRow, 'SELECT count(*)::int AS total FROM users');
    if ((users?.total ?? 0) > 0) return false;
    const teamIds = new Map<string, string>();
    for (const name of DEMO_TEAMS) {
      const row = await insertedId(
        m,
        'INSERT INTO teams (name) VALUES ($1) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id',
        [name],
      );
      teamIds.set(name, row);
    }
    const coderIds = new Map<string, string>();
    for (const c of DEMO_CODERS) {
      const row = await insertedId(
        m,
        `INSERT INTO coders (external_id, display_name, team_id, started_on) VALUES ($1, $2, $3, $4)
         ON CONFLICT (external_id) DO UPDATE SET external_id = excluded.external_id RETURNING id`,
        [c.externalId, c.displayName, teamIds.get(c.team), c.startedOn],
      );
      coderIds.set(c.externalId, row);
    }
    for (const u of DEMO_USERS) {
      const row = await insertedId(
        m,
        'INSERT INTO users (email, display_name, role, password_hash, coder_id) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [u.email, u.displayName, u.role, passwordHash, u.coder ? coderIds.get(u.coder) : null],
      );
      for (const t of u.teams)
        await execute(m, 'INSERT INTO user_teams (user_id, team_id) VALUES ($1, $2)', [row, teamIds.get(t)]);
    }
    await execute(m, `INSERT INTO audit_log (action, details) VALUES ('system.seeded', $1)`, [
      JSON.stringify({ users: DEMO_USERS.length, coders: DEMO_CODERS.length }),
    ]);
    return true;
  });
}

/** The id an INSERT … RETURNING id gave back (it always gives one). */
async function insertedId(m: EntityManager, sql: string, parameters: unknown[]): Promise<string> {
  const row = await selectRow(m, IdRow, sql, parameters);
  if (!row) throw new Error(`no id returned by "${sql.slice(0, 60)}"`);
  return row.id;
}
