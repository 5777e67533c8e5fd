import { randomBytes } from 'node:crypto';
import { coderIds, createEncounter, userId } from '../support/audit-factories';
import { ApiClient, signedIn, type TestApp } from '../support/test-app';
import { put, startAuditApp, waitSampled } from './audit-test-kit';

/**
 * A record's notes and documentation link: the record's auditor writes them while the audit is in
 * review, supervisors of the audit's teams read them, the other auditor and the coder never see them;
 * the link is http(s) only and a refused save changes nothing.
 */
let t: TestApp;
let supervisor: ApiClient;
let auditor: ApiClient;
let path: string;
const facility = `FAC-RN-${randomBytes(3).toString('hex')}`;

beforeAll(async () => {
  t = await startAuditApp();
  supervisor = await signedIn(t, 'supervisor@recode.test');
  auditor = await signedIn(t, 'auditor@recode.test');
  const [c001] = await coderIds(t.db, ['C001']);
  await createEncounter(t.db, {
    setting: 'inpatient',
    encounterDate: '2026-01-15',
    facility,
    coderId: c001 as string,
    externalId: `${facility}-1`,
    codes: [{ system: 'ICD10CM', code: 'J189', principal: true, poa: 'Y' }],
  });
  const plan = await supervisor.post('/api/audit-plans', {
    name: 'Record notes spec',
    scope: { facilities: [facility] },
    method: { type: 'simpleRandom', sampleSize: 1 },
    seed: 7,
    exclusionWindowDays: 0,
    auditorIds: [await userId(t.db, 'auditor@recode.test')],
  });
  const run = await supervisor.post(`/api/audit-plans/${plan.body.id}/run`, {});
  expect((await waitSampled(supervisor, run.body.id)).body.status).toBe('in_review');
  const [item] = (await auditor.get('/api/worklist')).body.filter((i: any) => i.auditId === run.body.id);
  path = `/api/audits/${run.body.id}/items/${item.id}/notes`;
}, 240_000);
afterAll(() => t.close());

describe('record notes', () => {
  it('start empty and are written by the record’s auditor', async () => {
    expect((await auditor.get(path)).body).toMatchObject({
      notes: '',
      documentationUrl: null,
      updatedAt: null,
      editable: true,
    });
    const saved = await put(auditor, path, {
      notes: 'Query sent about the sepsis criteria.',
      documentationUrl: 'https://ehr.example.org/chart/123?tab=notes',
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      notes: 'Query sent about the sepsis criteria.',
      documentationUrl: 'https://ehr.example.org/chart/123?tab=notes',
      updatedBy: { displayName: 'Alex Auditor' },
    });
  });

  it('refuse a link that is not http or https, naming the field, and keep what was saved', async () => {
    for (const documentationUrl of [
      'javascript:alert(1)',
      'data:text/html,hi',
      'ftp://ehr.example.org/x',
      'https://',
      'ehr.example.org/chart',
    ]) {
      const res = await put(auditor, path, { notes: 'changed', documentationUrl });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.error.details)).toContain('documentationUrl');
    }
    expect((await auditor.get(path)).body).toMatchObject({
      notes: 'Query sent about the sepsis criteria.',
      documentationUrl: 'https://ehr.example.org/chart/123?tab=notes',
    });
  });

  it('are read by the supervisor, hidden from the other auditor and the coder, written by no one else', async () => {
    const read = await supervisor.get(path);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ notes: 'Query sent about the sepsis criteria.', editable: false });
    expect((await put(supervisor, path, { notes: 'x', documentationUrl: null })).status).toBe(403);
    const other = await signedIn(t, 'auditor2@recode.test');
    expect([403, 404]).toContain((await other.get(path)).status);
    expect((await put(other, path, { notes: 'x', documentationUrl: null })).status).toBe(404);
    const coder = await signedIn(t, 'coder@recode.test');
    expect((await coder.get(path)).status).toBe(403);
    expect((await auditor.get(path)).body.notes).toBe('Query sent about the sepsis criteria.');
  });

  it('clear the link with an empty address', async () => {
    const res = await put(auditor, path, { notes: '', documentationUrl: '' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ notes: '', documentationUrl: null });
  });
});
