import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { openX12Source } from './x12-source';
import { X12Tokenizer } from './x12-tokenizer';

const ISA =
  'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *251201*1200*^*00501*000000001*0*T*:~';

function claimSegments(i: number): string[] {
  return [
    `HL*${i + 2}*1*22*0`,
    'SBR*P*18*******MB',
    `NM1*IL*1*DOE*JANE****MI*M${i}`,
    'DMG*D8*19500101*F',
    `CLM*C${i}*150***11:B:1*Y*A*Y*Y`,
    'HI*ABK:E119*ABF:I10',
    'LX*1',
    'SV1*HC:99213:25*150*UN*1***1',
    'DTP*472*D8*20251115',
  ];
}

async function writeBig(path: string, claims: number): Promise<void> {
  const out = createWriteStream(path);
  const head = [
    'GS*HC*S*R*20251201*1200*1*X*005010X222A1',
    'ST*837*0001*005010X222A1',
    'BHT*0019*00*1*20251201*1200*CH',
    'NM1*85*2*HOSP*****XX*1234567893',
  ];
  out.write(ISA + '\n' + head.map((s) => s + '~\n').join(''));
  let inSt = 3;
  for (let i = 0; i < claims; i++) {
    const segs = claimSegments(i);
    inSt += segs.length;
    if (!out.write(segs.map((s) => s + '~\n').join(''))) await once(out, 'drain');
  }
  out.end(`SE*${inSt + 1}*0001~\nGE*1*1~\nIEA*1*000000001~\n`);
  await once(out, 'finish');
}

describe('X12 837 source', () => {
  it('streams 150,000 claims with memory that does not grow with the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'x12-'));
    const path = join(dir, 'big.837');
    try {
      await writeBig(path, 150_000);
      const bytes = statSync(path).size;
      // Live memory, not garbage V8 has not collected yet: a full GC before each sample.
      setFlagsFromString('--expose-gc');
      const gc = runInNewContext('gc') as () => void;
      gc();
      const start = process.memoryUsage().heapUsed;
      let peak = 0;
      let batches = 0;
      let claims = 0;
      let codes = 0;
      for await (const batch of openX12Source(path, 0, { source: 's', defaultCoder: 'C001' }).rows) {
        claims += batch.length;
        for (const row of batch) codes += row.mapped?.codes.length ?? 0;
        if (++batches % 20 === 0) {
          gc();
          peak = Math.max(peak, process.memoryUsage().heapUsed - start);
        }
      }
      expect(claims).toBe(150_000);
      expect(codes).toBe(450_000);
      expect(bytes).toBeGreaterThan(25 * 1024 * 1024);
      // Holding the file's claims would take several times its size; streaming keeps a few batches alive.
      expect(peak).toBeLessThan(16 * 1024 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('splits segments the same whatever the chunk boundaries', () => {
    const text = `${ISA}\r\nGS*HC*S*R*20251201*1200*1*X*005010X222A1~ST*837*1~SE*2*1~GE*1*1~IEA*1*000000001~`;
    const whole = new X12Tokenizer();
    const ids = [...whole.push(text), ...whole.finish()].map((s) => s.id);
    const bytewise = new X12Tokenizer();
    const pieces = [...text].flatMap((c) => bytewise.push(c));
    expect([...pieces, ...bytewise.finish()].map((s) => `${s.id}@${s.position}`)).toEqual(
      ids.map((id, i) => `${id}@${i + 1}`),
    );
    expect(ids).toEqual(['ISA', 'GS', 'ST', 'SE', 'GE', 'IEA']);
  });
});
