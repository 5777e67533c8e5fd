/** Builds well-formed 837 files for specs: correct ISA width, SE/GE/IEA counts and control numbers. */
export interface X12Options {
  kind: 'I' | 'P';
  element?: string;
  segment?: string;
  component?: string;
}

export function isaHeader(o: Required<Omit<X12Options, 'kind'>>, control = '000000001'): string {
  const f = [
    'ISA',
    '00',
    ' '.repeat(10),
    '00',
    ' '.repeat(10),
    'ZZ',
    'SENDER'.padEnd(15),
    'ZZ',
    'RECEIVER'.padEnd(15),
    '251201',
    '1200',
    '^',
    '00501',
    control,
    '0',
    'T',
    o.component,
  ];
  return f.join(o.element) + o.segment;
}

/**
 * An interchange with one transaction; `claims` are the segments of each claim loop (CLM … last
 * service line), each under its own subscriber HL, written with `*` and `:` and translated to the
 * requested separators.
 */
export function build837(claims: readonly string[][], opts: X12Options): string {
  const o = { element: opts.element ?? '*', segment: opts.segment ?? '~', component: opts.component ?? ':' };
  const version = opts.kind === 'I' ? '005010X223A2' : '005010X222A1';
  const body: string[] = [
    'BHT*0019*00*1*20251201*1200*CH',
    'NM1*41*2*SUBMITTER*****46*1',
    'NM1*40*2*RECEIVER*****46*2',
    'HL*1**20*1',
    'NM1*85*2*GENERAL HOSPITAL*****XX*1234567893',
    'N3*1 MAIN ST',
    'N4*TOWN*MD*20705',
  ];
  claims.forEach((claim, i) => {
    body.push(
      `HL*${i + 2}*1*22*0`,
      'SBR*P*18*******MB',
      `NM1*IL*1*DOE*JANE****MI*M${i + 1}`,
      'DMG*D8*19500101*F',
      'NM1*PR*2*MEDICARE*****PI*00435',
      ...claim,
    );
  });
  const st = ['ST*837*0001*' + version, ...body];
  st.push(`SE*${st.length + 1}*0001`);
  const segments = [`GS*HC*S*R*20251201*1200*1*X*${version}`, ...st, 'GE*1*1', 'IEA*1*000000001'];
  const translate = (s: string): string => s.replace(/[*:]/g, (c) => (c === '*' ? o.element : o.component));
  return isaHeader(o) + '\n' + segments.map((s) => translate(s) + o.segment).join('\n') + '\n';
}
