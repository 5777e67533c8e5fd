// test database: with code sets
import { type ApiClient, type TestApp } from '../support/test-app';
import { codeLinesCsv, countRows, errorReportLines, importFile, startImportApp, upload } from './import-kit';
import { build837 } from './x12-kit';

let t: TestApp;
let admin: ApiClient;

beforeAll(async () => {
  ({ t, admin } = await startImportApp());
}, 300_000);
afterAll(() => t.close());

type Mapping = { name: string; content: string };
const csvMap = (header: string, rows: string[][]): Mapping => ({
  name: 'coders.csv',
  content: [header, ...rows.map((r) => r.join(','))].join('\n') + '\n',
});

async function coderOf(source: string): Promise<Record<string, string>> {
  const rows: { external_id: string; coder: string }[] = await t.db.query(
    `SELECT e.external_id, c.external_id AS coder
       FROM encounters e JOIN encounter_versions v ON v.id = e.current_version_id JOIN coders c ON c.id = v.coder_id
      WHERE e.source = $1`,
    [source],
  );
  return Object.fromEntries(rows.map((r) => [r.external_id, r.coder]));
}
const errorLines = (id: string): Promise<string[]> => errorReportLines(admin, id);
const run = (name: string, content: string, fields: Record<string, string>, mapping: Mapping) =>
  importFile(admin, name, content, fields, mapping);

describe('837 coder mapping', () => {
  const claimP = (id: string, extra: string[] = [], lineExtra: string[] = []): string[] => [
    `CLM*${id}*150***11:B:1*Y*A*Y*Y`,
    'HI*ABK:E119',
    ...extra,
    'LX*1',
    'SV1*HC:99213*150*UN*1***1',
    'DTP*472*D8*20251115',
    ...lineExtra,
  ];
  const rendering = (npi: string): string => `NM1*82*1*RENDER*RITA****XX*${npi}`;
  // Billing provider NPI of every x12-kit file: 1234567893 (NM1*85).
  const file837P = build837(
    [
      claimP('MA1', [rendering('1111111111')]),
      claimP('MB1'),
      // A line-level rendering provider (loop 2420A) is not the claim's: this claim falls to the billing provider.
      claimP('MC1', [], [rendering('2222222222')]),
    ],
    { kind: 'P' },
  );

  it('attributes each claim by provider NPI: claim-level rendering NM1*82 first, then the billing NM1*85', async () => {
    const mapping = csvMap('provider_npi,coder_id', [
      ['1111111111', 'C002'],
      ['2222222222', 'C002'],
      ['1234567893', 'C001'],
    ]);
    const done = await run('p.837', file837P, { source: 'map-npi' }, mapping);
    expect(done).toMatchObject({ status: 'succeeded', rowsTotal: 3, errorCount: 0 });
    expect(done.coderMapping).toEqual({ fileName: 'coders.csv', key: 'provider_npi', entries: 3 });
    expect(await coderOf('map-npi')).toEqual({ MA1: 'C002', MB1: 'C001', MC1: 'C001' });
  }, 60_000);

  it('maps by claim id (JSON mapping) and falls back to the default coder for claims it does not list', async () => {
    const mapping = { name: 'coders.json', content: JSON.stringify([{ claim_id: 'MB1', coder_id: 'C002' }]) };
    const done = await run('p.837', file837P, { source: 'map-claim', defaultCoderExternalId: 'C001' }, mapping);
    expect(done).toMatchObject({ status: 'succeeded', rowsTotal: 3, errorCount: 0 });
    expect(await coderOf('map-claim')).toEqual({ MA1: 'C001', MB1: 'C002', MC1: 'C001' });
  }, 60_000);

  it('rejects an unmapped claim without a default coder by name and segments; the mapped claims are written', async () => {
    const inpatient = build837(
      [
        [
          'CLM*IA1*500***11:A:1*Y*A*Y*Y',
          'DTP*434*RD8*20251103-20251107',
          'CL1*1*7*01',
          'HI*ABK:E119',
          'NM1*71*1*JONES*JOHN****XX*3333333333',
          'LX*1',
          'SV2*0300*HC:36415*25*UN*1',
        ],
        [
          'CLM*IB1*500***11:A:1*Y*A*Y*Y',
          'DTP*434*RD8*20251103-20251107',
          'CL1*1*7*01',
          'HI*ABK:E119',
          'NM1*71*1*SMITH*ANN****XX*4444444444',
          'LX*1',
          'SV2*0300*HC:36415*25*UN*1',
        ],
      ],
      { kind: 'I' },
    );
    const mapping = csvMap('provider_npi,coder_id', [['3333333333', 'C002']]);
    const done = await run('i.837', inpatient, { source: 'map-unmapped' }, mapping);
    expect(done).toMatchObject({ status: 'succeeded', rowsTotal: 2 });
    expect(done.counts).toMatchObject({ encountersCreated: 1, encountersRejected: 1 });
    expect(await coderOf('map-unmapped')).toEqual({ IA1: 'C002' });
    // The fixture's stays lack POA and DRG (their own warnings); the coder problem is IB1's only rejection.
    const lines = (await errorLines(done.id)).filter((l) => /,reject,/.test(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^\d+,IB1,"NM1\*82 segment, element 9 \| NM1\*71 segment, element 9 \| NM1\*85 segment, element 9",4444444444 1234567893,CODER_UNMAPPED,reject,"?claim IB1: no row of the coder mapping coders\.csv \(provider_npi\) matches the attending provider NPI 4444444444 \(NM1\*71 segment, element 9\), the billing provider NPI 1234567893 \(NM1\*85 segment, element 9\), and the upload has no default coder/,
    );
  }, 60_000);
});

describe('837 without a default coder or a coder mapping', () => {
  it('fails as a whole, asking for either, nothing written', async () => {
    const file = build837([['CLM*N1*150***11:B:1*Y*A*Y*Y', 'HI*ABK:E119']], { kind: 'P' });
    const done = await importFile(admin, 'n.837', file, { source: 'map-neither' });
    expect(done.status).toBe('failed');
    expect(done.failure).toMatchObject({ code: 'IMPORT_CODER_REQUIRED' });
    expect(done.failure?.message).toMatch(/choose the coder .*\(defaultCoderExternalId\) or send a coder mapping/);
    expect(await countRows(t.db, `SELECT 1 FROM encounters WHERE source = 'map-neither'`)).toBe(0);
  }, 60_000);
});

describe('FHIR coder mapping', () => {
  const cm = 'http://hl7.org/fhir/sid/icd-10-cm';
  const npi = (value: string) => ({ identifier: { system: 'http://hl7.org/fhir/sid/us-npi', value } });
  const eob = (id: string, careTeam: object[], provider: object) => ({
    resourceType: 'ExplanationOfBenefit',
    id,
    type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/claim-type', code: 'professional' }] },
    patient: { reference: 'Patient/P1' },
    billablePeriod: { start: '2025-11-15', end: '2025-11-15' },
    careTeam,
    provider,
    contained: [
      {
        resourceType: 'Organization',
        id: 'org',
        identifier: [{ system: 'http://hl7.org/fhir/sid/us-npi', value: '5555555555' }],
      },
    ],
    diagnosis: [
      {
        sequence: 1,
        diagnosisCodeableConcept: { coding: [{ system: cm, code: 'E11.9' }] },
        type: [{ coding: [{ code: 'principal' }] }],
      },
    ],
    item: [
      { sequence: 1, productOrService: { coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: '99213' }] } },
    ],
    total: [{ category: { coding: [{ code: 'submitted' }] }, amount: { value: 150 } }],
  });
  const role = (code: string, value: string) => ({ provider: npi(value), role: { coding: [{ code }] } });
  const ndjson = [
    // The attending wins over the primary provider listed before it.
    eob('F1', [role('primary', '7777777777'), role('attending', '6666666666')], { reference: '#org' }),
    // Only a referring provider (never looked up) and a contained billing organization.
    eob('F2', [role('referring', '6666666666')], { reference: '#org' }),
    eob('F3', [role('performing', '8888888888')], npi('9999999999')),
  ]
    .map((r) => JSON.stringify(r))
    .join('\n');

  it('attributes by careTeam role (attending first), then the billing provider followed into contained resources', async () => {
    const mapping = csvMap('provider_npi,coder_id', [
      ['7777777777', 'C001'],
      ['6666666666', 'C002'],
      ['5555555555', 'C001'],
      ['8888888888', 'C002'],
    ]);
    const done = await run('eobs.ndjson', ndjson, { source: 'fmap-npi' }, mapping);
    expect(done).toMatchObject({ status: 'succeeded', format: 'fhir', rowsTotal: 3 });
    expect(await errorLines(done.id)).toEqual([]);
    expect(await coderOf('fmap-npi')).toEqual({ F1: 'C002', F2: 'C001', F3: 'C002' });
  }, 60_000);

  it('falls back to the default coder, and without one rejects the unmapped resource naming its FHIRPaths', async () => {
    const mapping = csvMap('claim_id,coder_id', [['F1', 'C002']]);
    const withDefault = await run(
      'eobs.ndjson',
      ndjson,
      { source: 'fmap-def', defaultCoderExternalId: 'C001' },
      mapping,
    );
    expect(await coderOf('fmap-def')).toEqual({ F1: 'C002', F2: 'C001', F3: 'C001' });
    expect(withDefault.errorCount).toBe(0);
    const npiMapping = csvMap('provider_npi,coder_id', [['6666666666', 'C002']]);
    const done = await run('eobs.ndjson', ndjson, { source: 'fmap-none' }, npiMapping);
    expect(done.counts).toMatchObject({ encountersCreated: 1, encountersRejected: 2 });
    expect(await coderOf('fmap-none')).toEqual({ F1: 'C002' });
    const lines = await errorLines(done.id);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^3,F3,"?ExplanationOfBenefit\.careTeam\[0\]\.provider\.identifier\.value \| ExplanationOfBenefit\.provider\.identifier\.value"?,8888888888 9999999999,CODER_UNMAPPED,reject,"?ExplanationOfBenefit\/F3: no row of the coder mapping coders\.csv \(provider_npi\) matches the performing provider NPI 8888888888/,
      ),
    );
    expect(lines.filter((l) => l.includes('CODER_UNMAPPED'))).toHaveLength(2);
  }, 60_000);
});

describe('a bad coder mapping is refused at upload (400), and nothing is recorded', () => {
  const file = build837([['CLM*Z1*150***11:B:1*Y*A*Y*Y', 'HI*ABK:E119']], { kind: 'P' });
  const refused = async (mapping: Mapping, name = 'p.837', content = file) => {
    const before = await countRows(t.db, 'SELECT 1 FROM imports');
    const res = await upload(admin, { name, content }, { source: 'map-bad' }, mapping);
    expect(await countRows(t.db, 'SELECT 1 FROM imports')).toBe(before);
    expect(res.status).toBe(400);
    return (res.body as { error: { code: string; message: string; details: { path?: string }[] } }).error;
  };

  it('names the rows whose coder is unknown', async () => {
    const error = await refused(
      csvMap('provider_npi,coder_id', [
        ['1111111111', 'C001'],
        ['2222222222', 'NOPE-1'],
        ['3333333333', 'NOPE-2'],
      ]),
    );
    expect(error).toMatchObject({ code: 'IMPORT_CODER_MAPPING_UNKNOWN_CODER' });
    expect(error.message).toBe(
      'coders.csv: row 3: coder NOPE-1 (for provider_npi 2222222222) is not a known coder (and 1 more rows); add the coders under Coders or correct the mapping',
    );
    expect(error.details.map((d) => d.path)).toEqual(['coderMapping:row:3', 'coderMapping:row:4']);
  });

  it.each<[string, Mapping, string, RegExp]>([
    [
      'a header without a key column',
      csvMap('npi,coder', [['1', 'C001']]),
      'IMPORT_CODER_MAPPING_INVALID',
      /two columns, coder_id and one of claim_id or provider_npi; it has npi, coder/,
    ],
    [
      'an empty coder',
      csvMap('claim_id,coder_id', [
        ['Z1', 'C001'],
        ['Z2', ''],
      ]),
      'IMPORT_CODER_MAPPING_INVALID',
      /^coders\.csv: row 3: coder_id is empty$/,
    ],
    [
      'a key mapped to two coders',
      csvMap('claim_id,coder_id', [
        ['Z1', 'C001'],
        ['Z1', 'C002'],
      ]),
      'IMPORT_CODER_MAPPING_INVALID',
      /row 3: claim_id Z1 maps to C002 here but to C001 on row 2/,
    ],
    [
      'broken JSON',
      { name: 'm.json', content: '[{"claim_id": "Z1",' },
      'IMPORT_CODER_MAPPING_INVALID',
      /not valid JSON/,
    ],
    ['no rows', csvMap('claim_id,coder_id', []), 'IMPORT_CODER_MAPPING_INVALID', /has a header but no mapping rows/],
  ])('refuses %s', async (_what, mapping, code, message) => {
    const error = await refused(mapping);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('reads a short mapping sent as a text field too (never dropped silently)', async () => {
    const before = await countRows(t.db, 'SELECT 1 FROM imports');
    const res = await upload(admin, { name: 'p.837', content: file }, { coderMapping: 'claim_id,coder_id\nZ1,NOPE\n' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'IMPORT_CODER_MAPPING_UNKNOWN_CODER',
      message: expect.stringMatching(/^coderMapping: row 2: coder NOPE \(for claim_id Z1\) is not a known coder/),
    });
    expect(await countRows(t.db, 'SELECT 1 FROM imports')).toBe(before);
  });

  it('refuses a mapping sent with a CSV file (its rows name their coder in coder_id)', async () => {
    const csv = codeLinesCsv([['u', 'E1', 'F', 'profee', '', '', '2025-11-15', '', 'C001', '', '', 'ICD10CM', 'E119']]);
    const error = await refused(csvMap('claim_id,coder_id', [['E1', 'C002']]), 'a.csv', csv);
    expect(error).toMatchObject({ code: 'IMPORT_CODER_MAPPING_FORMAT' });
  });
});
