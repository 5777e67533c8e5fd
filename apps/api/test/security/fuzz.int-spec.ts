// test cost: long
// test database: with code sets
import { signedIn, startTestApp, type ApiClient, type TestApp } from '../support/test-app';
import { COMMON_QUERY_NAMES, PATH_VALUES, PROPERTY_VALUES, QUERY_VALUES, RAW_BODIES } from './fuzz-cases';

/**
 * Walks every operation of the OpenAPI document as an admin and sends it client mistakes: bad ids,
 * wrong-typed and huge query values, malformed cursors, malformed JSON, wrong content types and
 * wrong-typed body fields. None may answer 5xx. Deterministic and bounded (a few thousand requests).
 */
interface Operation {
  method: string;
  path: string;
  parameters: { name: string; in: string }[];
  bodyProperties: string[];
}
interface OpenApiDoc {
  paths: Record<
    string,
    Record<
      string,
      { parameters?: { name: string; in: string }[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }
    >
  >;
  components?: { schemas?: Record<string, Schema> };
}
interface Schema {
  $ref?: string;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
}

const MAX_REQUESTS = 6000;
let t: TestApp;
let admin: ApiClient;
let operations: Operation[];

beforeAll(async () => {
  t = await startTestApp();
  admin = await signedIn(t, 'admin@recode.test', '10.77.0.1');
  const doc = (await admin.get<OpenApiDoc>('/api/docs/openapi.json')).body;
  operations = readOperations(doc);
});
afterAll(() => t.close());

function readOperations(doc: OpenApiDoc): Operation[] {
  const resolve = (schema: Schema | undefined): Schema | undefined => {
    const name = schema?.$ref?.split('/').pop();
    return name ? doc.components?.schemas?.[name] : schema;
  };
  const propertiesOf = (schema: Schema | undefined): string[] => {
    const s = resolve(schema);
    return [...Object.keys(s?.properties ?? {}), ...(s?.allOf ?? []).flatMap(propertiesOf)];
  };
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      parameters: op.parameters ?? [],
      bodyProperties: propertiesOf(op.requestBody?.content?.['application/json']?.schema),
    })),
  );
}

/** Every request this operation gets: [label, path with query, raw body or undefined, content type]. */
function casesFor(op: Operation): [string, string, string | undefined, string][] {
  const pathParams = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const withPath = (value: string) => op.path.replace(/\{[^}]+\}/g, encodeURIComponent(value).replace(/%25/g, '%'));
  const base = withPath('0b6b1a5e-2f0e-4a53-9d1c-6c1f9a4e2b10');
  const cases: [string, string, string | undefined, string][] = [];
  const json = 'application/json';
  if (pathParams.length)
    for (const v of PATH_VALUES)
      cases.push([`path=${v.slice(0, 40)}`, withPath(v), op.method === 'GET' ? undefined : '{}', json]);
  const queryNames = new Set([
    ...op.parameters.filter((p) => p.in === 'query').map((p) => p.name),
    ...(op.method === 'GET' ? COMMON_QUERY_NAMES : []),
  ]);
  for (const name of queryNames) {
    for (const v of QUERY_VALUES)
      cases.push([
        `query ${name}=${v.slice(0, 40)}`,
        `${base}?${name}=${v.includes('%') ? v : encodeURIComponent(v)}`,
        undefined,
        json,
      ]);
    cases.push([`query ${name} twice`, `${base}?${name}=a&${name}=b`, undefined, json]);
    cases.push([`query ${name} as object`, `${base}?${name}[x]=1&${name}[y][z]=2`, undefined, json]);
  }
  if (op.method !== 'GET') {
    for (const raw of RAW_BODIES) cases.push([`body ${raw.slice(0, 40)}`, base, raw, json]);
    cases.push(
      ['body as text/plain', base, 'hello', 'text/plain'],
      ['body as a form', base, 'a=1&b[c]=2', 'application/x-www-form-urlencoded'],
    );
    for (const prop of op.bodyProperties) {
      for (const v of PROPERTY_VALUES)
        cases.push([`body.${prop}=${JSON.stringify(v).slice(0, 40)}`, base, JSON.stringify({ [prop]: v }), json]);
    }
  }
  return cases;
}

it('answers no operation with a 5xx, whatever the client sends', async () => {
  const failures: string[] = [];
  let sent = 0;
  const send = async (op: Operation, [label, url, body, contentType]: [string, string, string | undefined, string]) => {
    const headers: Record<string, string> = { cookie: admin.cookie, 'x-forwarded-for': admin.ip };
    if (body !== undefined) headers['content-type'] = contentType;
    const res = await fetch(`${t.url}${url}`, { method: op.method, headers, body });
    const text = await res.text();
    if (res.status >= 500) failures.push(`${op.method} ${op.path} [${label}] → ${res.status} ${text.slice(0, 120)}`);
    return res.status;
  };
  for (const op of operations) {
    if (op.path === '/api/auth/logout') continue;
    const cases = casesFor(op);
    sent += cases.length;
    if (sent > MAX_REQUESTS) throw new Error(`more than ${MAX_REQUESTS} fuzz requests: tighten the cases`);
    // A few at a time: the server is one process, and this keeps the run short on a busy machine.
    for (let i = 0; i < cases.length; i += 4) {
      const statuses = await Promise.all(cases.slice(i, i + 4).map((c) => send(op, c)));
      if (statuses.includes(401)) admin = await signedIn(t, 'admin@recode.test', '10.77.0.1');
    }
  }
  expect(operations.length).toBeGreaterThanOrEqual(60);
  expect(sent).toBeGreaterThan(1000);
  expect(failures).toEqual([]);
}, 600_000);
