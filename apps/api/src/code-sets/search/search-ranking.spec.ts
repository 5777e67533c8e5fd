import { CodeSearchIndex, type CodeRow } from './code-search-index';
import { parseCmIndex } from './index-terms';
import { queryGroups, stem } from './search-tokens';

const row = (code: string, title: string, billable = true): CodeRow => ({
  code,
  billable,
  shortDescription: title,
  longDescription: title,
});

const CM_INDEX = [
  'RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code',
  '1,C,0,"Calculus, calculi, calculous",,,,',
  '2,C,1,gallbladder,,,,K80.20',
  '3,C,0,Cholelithiasis,"Calculus, gallbladder",,(cystic duct),',
  '4,P,0,Pyelonephritis,,"Nephritis, tubulo-interstitial",,',
  '5,N,0,Nephritis,,,,',
  '6,N,1,tubulo-interstitial,,,,N12',
  '7,C,0,Concussion,,,(brain),S06.0X9',
].join('\n');

const CODES = [
  row('K8020', 'Calculus of gallbladder without cholecystitis without obstruction'),
  row('K8080', 'Other cholelithiasis without obstruction'),
  row('N10', 'Acute pyelonephritis'),
  row('N12', 'Tubulo-interstitial nephritis, not specified as acute or chronic'),
  row('S060X9', 'Concussion with loss of consciousness of unspecified duration', false),
  row('S060X9A', 'Concussion with loss of consciousness of unspecified duration, initial encounter'),
  row('S060X9D', 'Concussion with loss of consciousness of unspecified duration, subsequent encounter'),
  row('S62101A', 'Fracture of unspecified carpal bone, right wrist, initial encounter for closed fracture'),
  row(
    'S62101D',
    'Fracture of unspecified carpal bone, right wrist, subsequent encounter for fracture with routine healing',
  ),
  row('S62109A', 'Fracture of unspecified carpal bone, unspecified wrist, initial encounter for closed fracture'),
  row('R339', 'Retention of urine, unspecified'),
  row('N368', 'Other specified disorders of urethra'),
  row('A0472', 'Enterocolitis due to Clostridium difficile, not specified as recurrent'),
  row('I38', 'Endocarditis, valve unspecified'),
  row('E1392', 'Portable oxygen concentrator, rental'),
  row('E1357', 'Oxygen accessory, wheeled cart for portable concentrator'),
  row(
    'E1390',
    'Oxygen concentrator, single delivery port, capable of delivering 85 percent or greater oxygen concentration at the prescribed flow rate',
  ),
];

describe('search ranking', () => {
  const index = CodeSearchIndex.build(CODES, parseCmIndex(CM_INDEX));
  const codes = (q: string): string[] => index.search(q, 0, 50).hits.map((hit) => hit.row.code);

  it('follows a "see" reference to its target by the first word forms of its terms', () => {
    expect(index.search('cholelithiasis').hits[0]).toMatchObject({
      row: { code: 'K8020' },
      via: 'Cholelithiasis → see Calculus, gallbladder',
    });
  });

  it('follows "see also" when the entry has no code of its own, and still lists the titles', () => {
    expect(codes('pyelonephritis')).toEqual(['N12', 'N10']);
  });

  it("spreads an index code that is a header in the year's set over the codes below it, initial encounter first", () => {
    expect(codes('concussion')).toEqual(['S060X9A', 'S060X9D', 'S060X9']);
  });

  it('prefers the unspecified side when none is typed, and the initial encounter among equals', () => {
    expect(codes('carpal fracture').slice(0, 3)).toEqual(['S62109A', 'S62101A', 'S62101D']);
  });

  it('meets word forms (urine, urinary) and two-word abbreviations (c diff)', () => {
    expect(codes('urinary retention')).toEqual(['R339']);
    expect(codes('c diff')).toEqual(['A0472']);
  });

  it('ranks a title that begins with the query above one that only contains its words', () => {
    expect(codes('oxygen concentrator')).toEqual(['E1392', 'E1390', 'E1357']);
  });

  it('counts every match and pages beyond the first page', () => {
    const all = index.search('fracture', 0, 50);
    expect(all.total).toBe(3);
    const second = index.search('fracture', 1, 1);
    expect(second.total).toBe(3);
    expect(second.hits.map((hit) => hit.row.code)).toEqual([all.hits[1]?.row.code]);
    expect(index.search('fracture', 3, 20).hits).toEqual([]);
  });
});

describe('query words', () => {
  it('stems words of five letters or more so that word forms meet', () => {
    expect(stem('urinary')).toBe(stem('urine'));
    expect(stem('diabetes')).toBe(stem('diabetic'));
    expect(stem('lung')).toBeNull();
  });

  it('reads a two-word abbreviation as one group with its expansion', () => {
    expect(queryGroups('c diff colitis')).toEqual([
      {
        word: 'c diff',
        alternatives: [
          ['c', 'diff'],
          ['clostridium', 'difficile'],
        ],
      },
      { word: 'colitis', alternatives: [['colitis']] },
    ]);
  });
});
