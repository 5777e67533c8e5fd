import type { StoredCodeLine } from '../entities/audit-item.entity';
import { diffLines } from './line-diff';

const dx = (code: string, sequence: number, poa: string | null = 'Y'): StoredCodeLine => ({
  system: 'ICD10CM',
  code,
  sequence,
  principal: sequence === 1,
  poa,
  modifiers: [],
  units: null,
});

describe('diffLines', () => {
  it('marks same, changed, removed and added lines', () => {
    const coder = [dx('I509', 1), dx('E119', 2), dx('N179', 3)];
    const auditor = [dx('I509', 1), dx('E119', 2, 'N'), dx('E1122', 3)];
    expect(diffLines(coder, auditor)).toEqual({
      coder: ['same', 'changed', 'removed'],
      auditor: ['same', 'changed', 'added'],
    });
  });
});
