import { Client } from 'pg';
import { signedIn, startTestApp, type TestApp, type ApiClient } from '../support/test-app';

/**
 * The API and worker connect as a role that owns nothing (src/database/runtime-role.ts): what a
 * compromised app process could do to the evidence is bounded by the database, not by the code.
 */
let t: TestApp;
let admin: ApiClient;
beforeAll(async () => {
  t = await startTestApp();
  admin = await signedIn(t, 'admin@recode.test');
});
afterAll(() => t.close());

describe('the runtime database role', () => {
  it('is not the owner and owns no table, sequence or schema', async () => {
    const [me] = await t.db.query(`SELECT current_user AS name, rolsuper FROM pg_roles WHERE rolname = current_user`);
    expect(me).toEqual({ name: 'recode_app', rolsuper: false });
    const [owned] = await t.db.query(
      `SELECT (SELECT count(*) FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user))::int AS relations,
              (SELECT count(*) FROM pg_namespace WHERE nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user))::int AS schemas`,
    );
    expect(owned).toEqual({ relations: 0, schemas: 0 });
  });

  it('cannot switch off the audit trail, change or remove its rows, or create tables', async () => {
    await expect(t.db.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only')).rejects.toThrow(
      /must be owner/,
    );
    await expect(t.db.query('ALTER TABLE audit_log DISABLE TRIGGER ALL')).rejects.toThrow(/must be owner/);
    await expect(t.db.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(
      /permission denied for table audit_log/,
    );
    await expect(t.db.query('DELETE FROM audit_log')).rejects.toThrow(/permission denied for table audit_log/);
    await expect(t.db.query('TRUNCATE audit_log')).rejects.toThrow(/permission denied for table audit_log/);
    await expect(t.db.query('CREATE TABLE public.intruder (id int)')).rejects.toThrow(
      /permission denied for schema public/,
    );
    await expect(t.db.query('CREATE TABLE intruder (id int)')).rejects.toThrow(/permission denied for schema public/);
    await expect(t.db.query('DROP TABLE encounters')).rejects.toThrow(/must be owner/);
    await expect(t.db.query(`INSERT INTO migrations (timestamp, name) VALUES (1, 'Forged1')`)).rejects.toThrow(
      /permission denied for table migrations/,
    );
  });

  it('still runs the app: a user created through the API is written and audit-logged under that role', async () => {
    const email = `runtime.role.${Date.now()}@recode.test`;
    const created = await admin.post('/api/users', {
      email,
      displayName: 'Runtime Role',
      role: 'auditor',
      password: 'Correct-horse-battery-9',
    });
    expect(created.status).toBe(201);
    const log = await admin.get(`/api/audit-log?entityType=user&entityId=${created.body.id}`);
    expect(log.body.items.map((e: { action: string }) => e.action)).toContain('user.created');
    const [row] = await t.db.query('SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1', [created.body.id]);
    expect(row.n).toBeGreaterThan(0);
  });

  it('leaves the owner (MIGRATION_DATABASE_URL) the only one that can change the schema; the trigger still guards the rows', async () => {
    const owner = new Client({ connectionString: process.env.MIGRATION_DATABASE_URL });
    await owner.connect();
    try {
      const [{ tableowner }] = (
        await owner.query(`SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'audit_log'`)
      ).rows;
      expect(tableowner).not.toBe('recode_app');
      await expect(owner.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
    } finally {
      await owner.end();
    }
  });
});
