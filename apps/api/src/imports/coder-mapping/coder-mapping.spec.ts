import { attributeCoder } from './coder-attribution';
import { parseCoderMapping } from './coder-mapping';

describe('parseCoderMapping', () => {
  it('reads CSV with a BOM, any column order and case, and repeated identical rows once', () => {
    const { mapping, rows } = parseCoderMapping(
      '\uFEFFCoder_ID,Provider_NPI\r\nC001,1234567893\r\nC001,1234567893\r\nC002, 1111111111 \r\n',
      'm.csv',
    );
    expect(mapping).toEqual({
      fileName: 'm.csv',
      key: 'provider_npi',
      size: 2,
      entries: { '1234567893': 'C001', '1111111111': 'C002' },
    });
    expect(rows.map((r) => r.rowNo)).toEqual([2, 4]);
  });

  it('reads a JSON array, numbers as text, rows numbered by element', () => {
    const { mapping, rows } = parseCoderMapping(
      JSON.stringify([
        { claim_id: 26463774, coder_id: 'C001' },
        { claim_id: 'B2', coder_id: 'C002' },
      ]),
      'm.json',
    );
    expect(mapping.entries).toEqual({ '26463774': 'C001', B2: 'C002' });
    expect(rows.map((r) => r.rowNo)).toEqual([1, 2]);
  });

  it('names the row of a problem', () => {
    expect(() => parseCoderMapping('claim_id,coder_id\nA,C001\n,C002\n', 'm.csv')).toThrow(
      'm.csv: row 3: claim_id is empty',
    );
  });
});

describe('attributeCoder', () => {
  const { mapping } = parseCoderMapping('provider_npi,coder_id\n2222222222,C002\n', 'm.csv');
  const keys = {
    claimId: { label: 'claim id', value: 'A1', where: 'CLM segment, element 1' },
    providers: [
      { label: 'rendering provider NPI', value: '', where: 'NM1*82 segment, element 9' },
      { label: 'billing provider NPI', value: '2222222222', where: 'NM1*85 segment, element 9' },
    ],
  };

  it('takes the first candidate the mapping holds and says where it came from', () => {
    expect(attributeCoder({ source: 's', defaultCoder: 'C001', coderMapping: mapping }, 'claim A1', keys)).toEqual({
      coder: 'C002',
      column: 'coder mapping (NM1*85 segment, element 9)',
      issue: null,
    });
  });

  it('says when the claim has none of the keys at all', () => {
    const none = { ...keys, providers: keys.providers.map((p) => ({ ...p, value: '' })) };
    const { issue } = attributeCoder({ source: 's', defaultCoder: null, coderMapping: mapping }, 'claim A1', none);
    expect(issue?.message).toBe(
      'claim A1: the claim has no rendering provider NPI (NM1*82 segment, element 9), billing provider NPI (NM1*85 segment, element 9) to look up in the coder mapping m.csv, and the upload has no default coder',
    );
  });
});
