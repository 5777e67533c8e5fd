import { numberedFrameCsv, numberedSelectionCsv, ratStatsReport, selectFromNumberedFrame } from './numbered-frame';
import { singleStageRandomNumbers } from './random-numbers';

// RAT-STATS 2010 "Single Stage Random Numbers" Test00 (the published case random-numbers.spec pins):
// seed 4967669.23, 400 + 500 spares, frame -5000..50000 (55,001 numbers), sum 20,057,374, first lines
// (264, -4972) (293, -4704) (225, -4630). A frame numbered 1..55,001 is the same frame shifted by 5,001:
// the same uniforms give the same positions, so frame number = printed value + 5,001.
describe('selectFromNumberedFrame', () => {
  const frame = Array.from({ length: 55001 }, (_, k) => `enc-${k + 1}`);
  const selection = selectFromNumberedFrame(frame, { seed: 4967669.23, n: 400, spares: 500 });

  it('draws the frame numbers RAT-STATS prints for seed 4967669.23 (shifted to 1..N)', () => {
    expect(selection.frameSize).toBe(55001);
    expect(selection.sample.slice(0, 3).map((p) => [p.order, p.number])).toEqual([
      [264, -4972 + 5001],
      [293, -4704 + 5001],
      [225, -4630 + 5001],
    ]);
    const printed = singleStageRandomNumbers({ seed: 4967669.23, n: 400, spares: 500, low: -5000, high: 50000 });
    expect(selection.sample.map((p) => [p.order, p.number - 5001])).toEqual(printed.sample);
    expect(selection.spares.map((p) => [p.order, p.number - 5001])).toEqual(printed.spares);
    // The printed sum of -5000..50000 plus 5,001 for each of the 900 numbers.
    expect(selection.sum).toBe(20057374 + 900 * 5001);
  });

  it('maps number k to the k-th item of the frame', () => {
    for (const p of [...selection.sample, ...selection.spares]) expect(p.item).toBe(`enc-${p.number}`);
  });

  it('names the field on bad input', () => {
    expect(() => selectFromNumberedFrame([], { seed: 1.5, n: 1, spares: 0 })).toThrow(/^frame:/);
    expect(() => selectFromNumberedFrame(['a', 'b'], { seed: 1.5, n: 3, spares: 0 })).toThrow(/^n:/);
    expect(() => selectFromNumberedFrame(['a', 'b'], { seed: 1.5, n: 1, spares: 2 })).toThrow(/^spares:/);
    expect(() => selectFromNumberedFrame(['a', 'b'], { seed: 0, n: 1, spares: 0 })).toThrow(/^seed:/);
  });
});

describe('RAT-STATS layout and CSV', () => {
  // RAT-STATS Test01: seed 10661935.55, 100 + 1 spare over 0..101 → over 1..102, values + 1.
  const frame = Array.from({ length: 102 }, (_, k) => ({ id: `E${k + 1}`, note: k === 0 ? 'a, "b"' : '=1+1' }));
  const selection = selectFromNumberedFrame(frame, { seed: 10661935.55, n: 100, spares: 1 });

  it('prints the header, the sample in sequential order and the spares in random order', () => {
    const report = ratStatsReport('Probe Q3', selection);
    expect(report).toContain('Seed: 10661935.55\n');
    expect(report).toContain('Frame: low 1, high 102 (frame size 102)\n');
    expect(report).toContain('Quantity in sequential order: 100\n');
    expect(report).toContain('Quantity of spares (random order): 1\n');
    expect(report).toContain(`Sum of all numbers generated: ${5122 + 101}\n`);
    const lines = report.split('\n');
    const first = lines.indexOf('Sequential order') + 2;
    // Test01's first printed lines (60, 0) (47, 1) (78, 2), shifted by one.
    expect(lines.slice(first, first + 3)).toEqual([
      '      60           1',
      '      47           2',
      '      78           3',
    ]);
    expect(lines[lines.indexOf('Spares (random order)') + 2]).toMatch(/^ {5}101 +\d+$/);
  });

  it('exports the numbered frame and the selection as CSV, quoting and neutralising fields', () => {
    const frameCsv = numberedFrameCsv(frame, ['encounter', 'note'], (item) => [item.id, item.note]);
    expect(frameCsv.split('\r\n').slice(0, 3)).toEqual([
      'frame_number,encounter,note',
      '1,E1,"a, ""b"""',
      "2,E2,'=1+1",
    ]);
    const selectionCsv = numberedSelectionCsv(selection, ['encounter'], (item) => [item.id]).split('\r\n');
    expect(selectionCsv[0]).toBe('kind,selection_order,frame_number,encounter');
    expect(selectionCsv[1]).toBe('sample,60,1,E1');
    expect(selectionCsv[101]).toMatch(/^spare,101,\d+,E\d+$/);
    expect(selectionCsv).toHaveLength(103);
  });
});
