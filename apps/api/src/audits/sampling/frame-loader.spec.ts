import { parseFrame } from './frame-loader';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C1 = '11111111-1111-4111-8111-111111111111';
const C2 = '22222222-2222-4222-8222-222222222222';
const none = { codes: false, drg: false, flagged: false };

describe('parseFrame', () => {
  it('reads "<version id><recent flag><coder number>" lines and collects recently audited ids', () => {
    const frame = parseFrame(`${C1},${C2}`, `${A}02\n${B}11`, none);
    expect(frame.items).toEqual([
      { id: A, coderId: C2 },
      { id: B, coderId: C1 },
    ]);
    expect([...frame.excludedIds]).toEqual([B]);
  });

  it('reads the extras rules need', () => {
    const frame = parseFrame(C1, `${A}01\t291\t1.3474\t1\tI509 E119`, { codes: true, drg: true, flagged: true });
    expect(frame.items[0]).toEqual({
      id: A,
      coderId: C1,
      drg: '291',
      drgWeight: 1.3474,
      flaggedAtImport: true,
      codes: ['I509', 'E119'],
    });
  });

  it('gives an empty frame for no rows', () => {
    expect(parseFrame('', '', none).items).toEqual([]);
  });
});
