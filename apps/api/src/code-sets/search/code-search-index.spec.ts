import { CodeSearchIndex, type CodeRow } from './code-search-index';
import { parseCmIndex, parsePcsIndex } from './index-terms';

const row = (code: string, title: string, billable = true): CodeRow => ({
  code,
  billable,
  shortDescription: title,
  longDescription: title,
});

const CM_INDEX = [
  'RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code',
  '1,I,0,"Infection, infected, infective",,,(opportunistic),B99.9',
  '2,I,1,urinary,,,(tract),N39.0',
  '3,S,0,Sepsis,,,(generalized) (unspecified organism),A41.9',
  '4,S,0,Septicemia,Sepsis,,,',
  '5,F,0,Fracture,,,,',
  '6,F,1,femur,,,,S72.9-',
].join('\n');

const PCS_INDEX = [
  '<mainTerm>',
  '<title>Appendectomy</title>',
  '<term level="1">',
  '<see>Resection, Appendix<codes>0DTJ</codes></see>',
  '</term>',
  '</mainTerm>',
].join('\n');

const CODES = [
  row('A41', 'Other sepsis', false),
  row('A419', 'Sepsis, unspecified organism'),
  row('A4151', 'Sepsis due to Escherichia coli [E. coli]'),
  row('N390', 'Urinary tract infection, site not specified'),
  row('T592X1A', 'Toxic effect of utility gas, accidental (unintentional), initial encounter'),
  row('R0902', 'Hypoxemia'),
  row('S7290XA', 'Unspecified fracture of unspecified femur, initial encounter for closed fracture'),
  row('S7290XS', 'Unspecified fracture of unspecified femur, sequela'),
];

describe('the ICD-10 index files', () => {
  it('flattens CM entries into term paths, keeps word forms optional and resolves "see" to the target code', () => {
    const terms = parseCmIndex(CM_INDEX);
    expect(terms).toContainEqual(expect.objectContaining({ terms: 'Infection, urinary', code: 'N390', prefix: false }));
    expect(terms.find((t) => t.code === 'N390')?.extra).toMatch(/infected.*infective.*\(tract\)/);
    expect(terms).toContainEqual(
      expect.objectContaining({ terms: 'Septicemia', code: 'A419', label: 'Septicemia → see Sepsis' }),
    );
    expect(terms).toContainEqual(expect.objectContaining({ terms: 'Fracture, femur', code: 'S729', prefix: true }));
  });

  it('reads PCS entries with their see text and table-row prefix', () => {
    expect(parsePcsIndex(PCS_INDEX)).toEqual([
      {
        terms: 'Appendectomy',
        extra: 'Resection, Appendix',
        code: '0DTJ',
        prefix: true,
        label: 'Appendectomy → see Resection, Appendix',
      },
    ]);
  });
});

describe('ranking', () => {
  const index = CodeSearchIndex.build(CODES, parseCmIndex(CM_INDEX));
  const codes = (q: string): string[] => index.search(q, 0, 50).hits.map((hit) => hit.row.code);

  it('puts the exact code first, then the codes under a prefix', () => {
    expect(codes('a41.9')[0]).toBe('A419');
    expect(codes('A41')).toEqual(['A41', 'A419', 'A4151']);
  });

  it('ranks the index entry an encoder follows first, and says so', () => {
    expect(codes('sepsis')[0]).toBe('A419');
    expect(index.search('septicemia').hits[0]).toMatchObject({ row: { code: 'A419' }, via: 'Septicemia → see Sepsis' });
  });

  it('expands abbreviations instead of matching word starts ("uti" is not "utility")', () => {
    expect(codes('uti')).toEqual(['N390']);
    expect(codes('utility')).toEqual(['T592X1A']);
  });

  it('finds words inside words last, and ignores the 7th-character phrase when ranking', () => {
    expect(codes('oxem')).toEqual(['R0902']);
    expect(codes('fracture femur')).toEqual(['S7290XA', 'S7290XS']);
  });

  it('spreads a PCS table row over the codes of the year and never invents one', () => {
    const pcs = CodeSearchIndex.build(
      [
        row('0DTJ0ZZ', 'Resection of Appendix, Open Approach'),
        row('0DTJ4ZZ', 'Resection of Appendix, Percutaneous Endoscopic Approach'),
      ],
      parsePcsIndex(PCS_INDEX),
    );
    expect(pcs.search('appendectomy').hits.map((hit) => hit.row.code)).toEqual(['0DTJ0ZZ', '0DTJ4ZZ']);
    expect(pcs.search('laparoscopic appendectomy').hits[0]?.row.code).toBe('0DTJ4ZZ');
    expect(
      CodeSearchIndex.build([row('0DBJ0ZZ', 'Excision of Appendix, Open Approach')], parsePcsIndex(PCS_INDEX)).search(
        'appendectomy',
      ).hits,
    ).toEqual([]);
  });
});
