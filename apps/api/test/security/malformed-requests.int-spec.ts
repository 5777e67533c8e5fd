import { signedIn, startTestApp, type ApiClient, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: ApiClient;

beforeAll(async () => {
  t = await startTestApp();
  admin = await signedIn(t, 'admin@recode.test');
});
afterAll(() => t.close());

/** Posts a hand-made multipart body, as a broken client would. */
async function rawUpload(contentType: string, body: string) {
  const res = await fetch(`${t.url}/api/imports`, {
    method: 'POST',
    headers: { cookie: admin.cookie, 'x-forwarded-for': admin.ip, 'content-type': contentType },
    body,
  });
  return { status: res.status, body: (await res.json()) as { error: { code: string; message: string } } };
}

describe('a broken multipart upload is the caller’s mistake', () => {
  const part =
    '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\nencounter_id,code\r\nE1,I10\r\n';

  it.each([
    ['an empty body', 'multipart/form-data; boundary=XYZ', ''],
    ['no boundary', 'multipart/form-data', part],
    ['no closing boundary', 'multipart/form-data; boundary=XYZ', part],
    [
      'a part header that never ends',
      'multipart/form-data; boundary=XYZ',
      '--XYZ\r\nContent-Disposition: form-data; name="file"',
    ],
  ])('%s answers 400 IMPORT_MULTIPART_MALFORMED', async (_name, contentType, body) => {
    const res = await rawUpload(contentType, body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('IMPORT_MULTIPART_MALFORMED');
    expect(res.body.error.message).toContain('multipart/form-data');
  });

  it('still takes a well-formed upload afterwards', async () => {
    const res = await rawUpload('multipart/form-data; boundary=XYZ', `${part}--XYZ--\r\n`);
    expect(res.status).not.toBeGreaterThanOrEqual(500);
  });
});

describe('an encounters cursor whose sort value has the wrong type', () => {
  const cursor = (value: unknown) =>
    Buffer.from(JSON.stringify([value, '0b6b1a5e-2f0e-4a53-9d1c-6c1f9a4e2b10'])).toString('base64url');

  it('answers 400 naming the cursor, on a date sort', async () => {
    for (const value of ['abc', '2026-02-30', '99999-01-01']) {
      const res = await admin.get(`/api/encounters?sort=-date&cursor=${cursor(value)}`);
      expect({
        value,
        status: res.status,
        code: res.body.error?.code,
        path: res.body.error?.details?.[0]?.path,
      }).toEqual({ value, status: 400, code: 'VALIDATION_FAILED', path: 'query.cursor' });
    }
    expect((await admin.get(`/api/encounters?sort=date&cursor=${cursor(123)}`)).status).toBe(400);
  });

  it('pages normally with a well-typed cursor', async () => {
    expect((await admin.get(`/api/encounters?sort=-date&cursor=${cursor('2026-03-01')}`)).status).toBe(200);
    expect((await admin.get(`/api/encounters?sort=externalId&cursor=${cursor('abc')}`)).status).toBe(200);
  });
});
