import { CODE_MATCH_SCORES, rankCodeMatch, rankCodeMatches } from './code-match-rank';

const E11 = { code: 'E11', description: 'Type 2 diabetes mellitus' };
const E119 = { code: 'E119', description: 'Type 2 diabetes mellitus without complications' };
const E1165 = { code: 'E1165', description: 'Type 2 diabetes mellitus with hyperglycemia' };
const E10 = { code: 'E109', description: 'Type 1 diabetes mellitus without complications' };
const O244 = { code: 'O24410', description: 'Gestational diabetes mellitus in pregnancy, diet controlled' };
const I50 = { code: 'I509', description: 'Heart failure, unspecified' };
const R0902 = { code: 'R0902', description: 'Hypoxemia' };

describe('rankCodeMatch', () => {
  it('ranks an exact code (with or without dot, any case) highest', () => {
    expect(rankCodeMatch('e11.9', E119)).toBe(CODE_MATCH_SCORES.exactCode);
    expect(rankCodeMatch('E119', E119)).toBe(CODE_MATCH_SCORES.exactCode);
  });

  it('ranks a code prefix above any description match, closer codes first', () => {
    const prefix = rankCodeMatch('E11', E119);
    expect(prefix).toBeGreaterThan(CODE_MATCH_SCORES.codePrefix);
    expect(prefix).toBeLessThan(CODE_MATCH_SCORES.exactCode);
    expect(prefix).toBeGreaterThan(rankCodeMatch('E11', E1165));
  });

  it('ranks words at word starts above words found inside other words', () => {
    const atStarts = rankCodeMatch('diab mell', E119);
    const inside = rankCodeMatch('oxem', R0902);
    expect(atStarts).toBeGreaterThanOrEqual(CODE_MATCH_SCORES.wordStarts);
    expect(atStarts).toBeLessThan(CODE_MATCH_SCORES.codePrefix);
    expect(inside).toBe(CODE_MATCH_SCORES.wordsAnywhere);
  });

  it('needs every query word', () => {
    expect(rankCodeMatch('heart diabetes', I50)).toBe(0);
    expect(rankCodeMatch('heart fail', I50)).toBeGreaterThanOrEqual(CODE_MATCH_SCORES.wordStarts);
  });

  it('prefers whole-word hits within the word-start band', () => {
    expect(rankCodeMatch('type 2 diabetes', E119)).toBeGreaterThan(rankCodeMatch('typ 2 diab', E119));
  });

  it('gives 0 for no match and for an empty query', () => {
    expect(rankCodeMatch('asthma', E119)).toBe(0);
    expect(rankCodeMatch('   ', E119)).toBe(0);
    expect(rankCodeMatch('...', E119)).toBe(0);
  });
});

describe('rankCodeMatches', () => {
  it('re-ranks a picker list consistently and drops non-matches', () => {
    const list = [I50, O244, E1165, E10, E119, E11];
    expect(rankCodeMatches('E11', list).map((c) => c.code)).toEqual(['E11', 'E119', 'E1165']);
    expect(rankCodeMatches('diabetes', list).map((c) => c.code)).toEqual(['E109', 'E11', 'E1165', 'E119', 'O24410']);
    expect(rankCodeMatches('type 2 diabetes', list).map((c) => c.code)).toEqual(['E11', 'E1165', 'E119']);
  });

  it('does not depend on input order', () => {
    const list = [I50, O244, E1165, E10, E119, E11];
    expect(rankCodeMatches('diab', [...list].reverse())).toEqual(rankCodeMatches('diab', list));
  });
});
