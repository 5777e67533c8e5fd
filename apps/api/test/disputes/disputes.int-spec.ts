// test database: with code sets
import { DisputeLapseService } from '../../src/disputes/dispute-lapse.service';
import { signedIn, type ApiClient, type ApiResponse, type TestApp } from '../support/test-app';
import { startAuditApp, waitFor } from '../audits/audit-test-kit';
import { arrangeReleasedAudit, type ReleasedAudit } from './dispute-kit';

let t: TestApp;
let supervisor: ApiClient;
let supervisor2: ApiClient;
let auditor: ApiClient;
let auditor2: ApiClient;
let coder: ApiClient;
let coder2: ApiClient;
let audit: ReleasedAudit;

const step = (client: ApiClient, findingId: string, body: Record<string, unknown>): Promise<ApiResponse> =>
  client.post(`/api/findings/${findingId}/dispute-steps`, body);
/** What a refused step must leave untouched: the finding's status and its recorded steps. */
const stateOf = async (findingId: string): Promise<{ status: string; events: number }> => {
  const [row] = await t.db.query(
    'SELECT f.status, (SELECT count(*)::int FROM dispute_events e WHERE e.finding_id = f.id) AS events FROM audit_findings f WHERE f.id = $1',
    [findingId],
  );
  return row;
};
const expectRefused = async (
  res: Promise<ApiResponse>,
  findingId: string,
  status: number,
  code: string,
): Promise<ApiResponse> => {
  const before = await stateOf(findingId);
  const answer = await res;
  expect({ status: answer.status, code: answer.body?.error?.code }).toEqual({ status, code });
  expect(await stateOf(findingId)).toEqual(before);
  return answer;
};
const c001Score = async (kind: 'preliminary' | 'final'): Promise<number | null> => {
  const res = await supervisor.get(`/api/audits/${audit.auditId}/scores`);
  return res.body[kind]?.perCoder.find((c: any) => c.externalId === 'C001')?.score.recordAccuracy.estimate ?? null;
};
const notificationsOf = async (client: ApiClient): Promise<{ kind: string; entityId: string; title: string }[]> =>
  (await client.get('/api/notifications')).body.items;

beforeAll(async () => {
  t = await startAuditApp({ codeSets: true });
  [supervisor, supervisor2, auditor, auditor2, coder, coder2] = await Promise.all(
    ['supervisor', 'supervisor2', 'auditor', 'auditor2', 'coder', 'coder2'].map((name) =>
      signedIn(t, `${name}@recode.test`),
    ),
  );
  audit = await arrangeReleasedAudit(t, supervisor, auditor);
  // Scores before any dispute: C001 has two records, each with a standing error.
  await waitFor(
    'preliminary score',
    () => c001Score('preliminary'),
    (v) => v === 0,
  );
}, 240_000);
afterAll(() => t.close());

describe('a coder’s own findings', () => {
  it('lists only the caller’s released findings, with both codes, the auditor’s rationale, a deadline and the moves allowed', async () => {
    const res = await coder.get('/api/disputes?view=all');
    expect(res.status).toBe(200);
    const mine = res.body.filter((f: any) => f.auditId === audit.auditId);
    expect(mine.map((f: any) => f.findingId).sort()).toEqual([audit.findings.R1, audit.findings.R2].sort());
    expect(mine.find((f: any) => f.findingId === audit.findings.R1)).toMatchObject({
      codeBefore: 'E119',
      codeAfter: 'E1122',
      rationale: 'Diabetes with CKD is linked by guideline',
      status: 'open',
      allowedActions: ['agree', 'dispute'],
      coderDeadline: expect.stringMatching(/^\d{4}-/),
      auditor: { displayName: 'Alex Auditor' },
    });
    expect(res.body.every((f: any) => f.coder.externalId === 'C001')).toBe(true);
  });

  it('answers 404 to another coder, another team’s supervisor and an auditor without records in the audit, and changes nothing', async () => {
    for (const client of [coder2, supervisor2, auditor2]) {
      await expectRefused(
        step(client, audit.findings.R1, { action: 'agree' }),
        audit.findings.R1,
        404,
        'FINDING_NOT_FOUND',
      );
      expect((await client.get(`/api/findings/${audit.findings.R1}/dispute`)).status).toBe(404);
    }
  });
});

describe('bad input changes nothing', () => {
  it('refuses a dispute without a reason with 400 naming body.rationale', async () => {
    const res = await expectRefused(
      step(coder, audit.findings.R1, { action: 'dispute', rationale: '   ' }),
      audit.findings.R1,
      400,
      'VALIDATION_FAILED',
    );
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'body.rationale' })]);
  });

  it('refuses moves the finding’s status does not allow, and moves that belong to someone else', async () => {
    const illegal = await expectRefused(
      step(coder, audit.findings.R1, { action: 'escalate', rationale: 'too early' }),
      audit.findings.R1,
      409,
      'DISPUTE_ILLEGAL_MOVE',
    );
    expect(illegal.body.error.details[0]).toMatchObject({
      from: 'open',
      action: 'escalate',
      allowed: ['agree', 'dispute'],
    });
    await expectRefused(
      step(auditor, audit.findings.R1, { action: 'withdraw', rationale: 'x' }),
      audit.findings.R1,
      409,
      'DISPUTE_ILLEGAL_MOVE',
    );
    await expectRefused(
      step(auditor, audit.findings.R1, { action: 'agree' }),
      audit.findings.R1,
      403,
      'DISPUTE_NOT_YOUR_MOVE',
    );
  });
});

describe('dispute → uphold → escalate → overturn', () => {
  it('lets the coder dispute with a reason, and tells the auditor in-app and through the outbox', async () => {
    const res = await step(coder, audit.findings.R1, {
      action: 'dispute',
      rationale: 'No CKD documented; E11.9 is right',
    });
    expect(res.status).toBe(200);
    expect(res.body.finding).toMatchObject({ status: 'disputed', allowedActions: [] });
    expect(res.body.events).toEqual([
      expect.objectContaining({
        action: 'dispute',
        fromStatus: 'open',
        toStatus: 'disputed',
        actor: expect.objectContaining({ displayName: 'Casey Coder' }),
      }),
    ]);
    expect(await notificationsOf(auditor)).toContainEqual(
      expect.objectContaining({
        kind: 'dispute.opened',
        entityId: audit.findings.R1,
        // In the screens' words: the category's name and the codes with their dot.
        title: expect.stringMatching(/^Finding disputed: Secondary diagnoses E11\.9 → E11\.22 \(/),
      }),
    );
    const awaiting = (await auditor.get('/api/disputes')).body.find((f: any) => f.findingId === audit.findings.R1);
    expect(awaiting).toMatchObject({
      status: 'disputed',
      allowedActions: ['withdraw', 'uphold'],
      lastEvent: { rationale: 'No CKD documented; E11.9 is right' },
    });
    await expectRefused(
      step(coder, audit.findings.R1, { action: 'withdraw', rationale: 'x' }),
      audit.findings.R1,
      403,
      'DISPUTE_NOT_YOUR_MOVE',
    );
  });

  it('lets the auditor uphold with a rationale; the coder is told and may escalate', async () => {
    const res = await step(auditor, audit.findings.R1, {
      action: 'uphold',
      rationale: 'Guideline I.C.4.a.2 presumes the link',
      reference: { kind: 'guidelines', citation: 'I.C.4.a.2' },
    });
    expect(res.status).toBe(200);
    expect(res.body.finding).toMatchObject({ status: 'upheld' });
    expect(await notificationsOf(coder)).toContainEqual(
      expect.objectContaining({ kind: 'dispute.answered', entityId: audit.findings.R1 }),
    );
    expect((await coder.get(`/api/findings/${audit.findings.R1}/dispute`)).body.finding.allowedActions).toEqual([
      'escalate',
      'accept',
    ]);
  });

  it('lets the coder escalate once; the team’s supervisor is told and sees it in the queue', async () => {
    expect(
      (await step(coder, audit.findings.R1, { action: 'escalate', rationale: 'Please ask a second reviewer' })).body
        .finding.status,
    ).toBe('escalated');
    expect(await notificationsOf(supervisor)).toContainEqual(
      expect.objectContaining({ kind: 'dispute.escalated', entityId: audit.findings.R1 }),
    );
    const queue = (await supervisor.get('/api/disputes')).body.find((f: any) => f.findingId === audit.findings.R1);
    expect(queue).toMatchObject({ status: 'escalated', allowedActions: ['uphold', 'overturn'] });
    await expectRefused(
      step(coder, audit.findings.R1, { action: 'escalate', rationale: 'again' }),
      audit.findings.R1,
      409,
      'DISPUTE_ALREADY_ESCALATED',
    );
  });

  it('refuses a ruling by the finding’s own auditor, and a ruling without rationale', async () => {
    await expectRefused(
      step(auditor, audit.findings.R1, { action: 'overturn', rationale: 'I was wrong' }),
      audit.findings.R1,
      403,
      'DISPUTE_RULER_IS_AUDITOR',
    );
    await expectRefused(
      step(supervisor, audit.findings.R1, { action: 'overturn', rationale: '' }),
      audit.findings.R1,
      400,
      'VALIDATION_FAILED',
    );
  });

  it('lets the supervisor overturn; the coder’s record accuracy goes up from 0 to 1 of 2 in the audit score and in “My feedback”', async () => {
    const res = await step(supervisor, audit.findings.R1, {
      action: 'overturn',
      rationale: 'Provider never documented CKD; the link needs documentation',
      reference: { kind: 'coding_clinic', citation: 'Coding Clinic Q2 2025 p.5' },
    });
    expect(res.status).toBe(200);
    expect(res.body.events.map((e: any) => [e.action, e.toStatus])).toEqual([
      ['dispute', 'disputed'],
      ['uphold', 'upheld'],
      ['escalate', 'escalated'],
      ['overturn', 'overturned'],
    ]);
    expect(res.body.events.map((e: any) => e.at)).toEqual([...res.body.events.map((e: any) => e.at)].sort());
    expect(
      await waitFor(
        'C001 rescored',
        () => c001Score('preliminary'),
        (v) => v === 0.5,
      ),
    ).toBe(0.5);
    const feb = await waitFor(
      'rollup',
      async () => (await coder.get('/api/feedback/summary')).body.months.find((m: any) => m.month === '2026-02-01'),
      (m) => m?.recordAccuracy.estimate === 0.5,
    );
    expect(feb).toMatchObject({
      recordsReviewed: 2,
      recordAccuracy: { estimate: 0.5, lower: expect.any(Number), upper: expect.any(Number) },
    });
    expect(await notificationsOf(coder)).toContainEqual(
      expect.objectContaining({ kind: 'dispute.ruled', entityId: audit.findings.R1 }),
    );
  });

  it('kept every step in the audit log and one outbox e-mail per notified person', async () => {
    const log: { action: string }[] = await t.db.query(
      `SELECT action FROM audit_log WHERE entity_id = $1 AND action LIKE 'dispute.%' ORDER BY at, id`,
      [audit.findings.R1],
    );
    expect(log.map((l) => l.action)).toEqual([
      'dispute.dispute',
      'dispute.uphold',
      'dispute.escalate',
      'dispute.overturn',
    ]);
    const outbox: { kind: string; email: string; sent: boolean }[] = await t.db.query(
      `SELECT o.kind, u.email, o.sent_at IS NOT NULL AS sent FROM outbox o JOIN users u ON u.id = o.recipient_id WHERE o.payload->>'findingId' = $1 ORDER BY o.created_at, u.email`,
      [audit.findings.R1],
    );
    expect(outbox).toEqual([
      { kind: 'dispute.opened', email: 'auditor@recode.test', sent: false },
      { kind: 'dispute.answered', email: 'coder@recode.test', sent: false },
      { kind: 'dispute.escalated', email: 'supervisor@recode.test', sent: false },
      { kind: 'dispute.ruled', email: 'auditor@recode.test', sent: false },
      { kind: 'dispute.ruled', email: 'coder@recode.test', sent: false },
    ]);
  });
});

describe('a ruling that upholds, and the once-only escalation', () => {
  it('refuses a second escalation after the ruling came back upheld', async () => {
    const r3 = audit.findings.R3;
    expect((await step(coder2, r3, { action: 'dispute', rationale: 'Nephropathy is not documented' })).status).toBe(
      200,
    );
    expect((await step(auditor, r3, { action: 'uphold', rationale: 'See the nephrology consult' })).status).toBe(200);
    expect((await step(coder2, r3, { action: 'escalate', rationale: 'Please rule' })).status).toBe(200);
    expect(
      (await step(supervisor, r3, { action: 'uphold', rationale: 'The consult documents diabetic nephropathy' })).body
        .finding.status,
    ).toBe('upheld');
    await expectRefused(
      step(coder2, r3, { action: 'escalate', rationale: 'Once more' }),
      r3,
      409,
      'DISPUTE_ALREADY_ESCALATED',
    );
  });
});

describe('the rulings library', () => {
  it('finds rulings and answers by text, ranked, by code prefix and category; coders may not search it', async () => {
    const text = await supervisor.get('/api/rulings?q=documented+CKD&kind=rulings');
    expect(text.status).toBe(200);
    expect(text.body.items[0]).toMatchObject({
      findingId: audit.findings.R1,
      stage: 'ruling',
      outcome: 'overturned',
      codeBefore: 'E119',
      reference: { citation: 'Coding Clinic Q2 2025 p.5' },
    });
    const byCode = await auditor.get('/api/rulings?code=E11.2&category=secondary_dx&kind=all');
    expect(byCode.body.items.map((r: any) => r.outcome).sort()).toEqual(['overturned', 'upheld', 'upheld', 'upheld']);
    expect(byCode.body.total).toBe(4);
    expect((await supervisor.get('/api/rulings?code=Z99')).body).toMatchObject({ items: [], total: 0 });
    expect((await coder.get('/api/rulings')).status).toBe(403);
  });

  it('finds rulings by the descriptions of their codes, not only by their text', async () => {
    // No rationale or citation says "chronic"; E11.22's description does ("… with diabetic chronic kidney disease").
    const described = await supervisor.get('/api/rulings?q=chronic+kidney+disease&kind=all');
    expect(described.status).toBe(200);
    expect(described.body.total).toBeGreaterThan(0);
    expect(described.body.items.every((r: any) => r.codeAfter === 'E1122' || r.codeBefore === 'E1122')).toBe(true);
    // Only the finding's own codes count: the records' other codes (I50.23, heart failure) do not.
    expect((await supervisor.get('/api/rulings?q=heart+failure&kind=all')).body.total).toBe(0);
  });
});

describe('the deadline and the lapse job', () => {
  it('refuses the coder after the deadline with 409, then the job takes the open finding as agreed and the audit goes final', async () => {
    await t.db.query(`UPDATE audits SET rebuttal_due_at = now() - interval '1 minute' WHERE id = $1`, [audit.auditId]);
    const late = await expectRefused(
      step(coder, audit.findings.R2, { action: 'dispute', rationale: 'late' }),
      audit.findings.R2,
      409,
      'DISPUTE_DEADLINE_PASSED',
    );
    expect(late.body.error.details[0]).toMatchObject({ deadline: expect.any(String) });
    const lapse = t.app.get(DisputeLapseService);
    expect(await lapse.run()).toMatchObject({ lapsed: 1, finalized: [audit.auditId] });
    expect(await stateOf(audit.findings.R2)).toEqual({ status: 'agreed', events: 1 });
    expect((await coder.get(`/api/findings/${audit.findings.R2}/dispute`)).body.events).toEqual([
      expect.objectContaining({ action: 'lapse', actor: null, actorRole: 'system' }),
    ]);
    expect((await supervisor.get(`/api/audits/${audit.auditId}`)).body.status).toBe('final');
    expect(
      await waitFor(
        'final score',
        () => c001Score('final'),
        (v) => v !== null,
      ),
    ).toBe(0.5);
    expect(await lapse.run()).toEqual({ lapsed: 0, finalized: [] });
    expect(await stateOf(audit.findings.R2)).toEqual({ status: 'agreed', events: 1 });
  });
});

describe('My feedback', () => {
  it('gives the coder their own months and a focus list of recurring error categories', async () => {
    const res = await coder.get('/api/feedback/summary');
    expect(res.status).toBe(200);
    expect(res.body.coder).toMatchObject({ externalId: 'C001' });
    expect(res.body.focus[0]).toMatchObject({ category: 'secondary_dx', errors: expect.any(Number) });
    expect((await supervisor.get('/api/feedback/summary')).status).toBe(403);
  });
});
