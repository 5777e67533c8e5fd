// Writes the bench's demo encounters (code-lines CSV, one row per code) as one X12 837 interchange: inpatient,
// outpatient and ED claims in an 837I transaction (005010X223A2), professional-fee claims in an 837P transaction
// (005010X222A1), with correct SE/GE/IEA counts. Same claim ids, dates, charges, codes, POA, modifiers, units
// and DRG as the CSV, and the grouper's inputs of inpatient stays (DMG birth date and sex, CL1 patient status), so
// both imports write the same encounters (the 837 carries no coder: one default coder).
import { appendFileSync, createReadStream, createWriteStream, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

/** Splits one CSV line (quoted fields may hold commas and doubled quotes). */
function splitCsv(/** @type {string} */ line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

const ymd = (/** @type {string} */ d) => d.replaceAll('-', '');
const chunk = (/** @type {string[]} */ xs, /** @type {number} */ n) =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

/** One claim's segments (subscriber HL … last service line). @param {Record<string, string>[]} rows @param {number} hl */
function claimSegments(rows, hl, /** @type {number} */ parent) {
  const h = rows[0];
  const kind = h.setting === 'profee' ? 'P' : 'I';
  const start = ymd(
    h.setting === 'inpatient' ? h.admission_date || h.service_date : h.service_date || h.admission_date,
  );
  const end = ymd(h.setting === 'inpatient' ? h.discharge_date || h.service_date : h.service_date || h.discharge_date);
  const dx = rows.filter((r) => r.code_system === 'ICD-10-CM').sort((a, b) => Number(a.sequence) - Number(b.sequence));
  const px = rows.filter((r) => r.code_system === 'ICD-10-PCS').sort((a, b) => Number(a.sequence) - Number(b.sequence));
  const lines = rows
    .filter((r) => r.code_system === 'CPT' || r.code_system === 'HCPCS')
    .sort((a, b) => Number(a.line) - Number(b.line));
  const facility = kind === 'P' ? '11:B:1' : h.setting === 'inpatient' ? '11:A:1' : '13:A:1';
  const out = [`HL*${hl}*${parent}*22*0`, 'SBR*P*18*******MB', `NM1*IL*1*PATIENT*BENCH****MI*M${hl}`];
  // The grouper's inputs the CSV gives inpatient stays: a birth date giving the same age at discharge, sex, status.
  if (h.age && h.sex) out.push(`DMG*D8*${Number(end.slice(0, 4)) - Number(h.age)}0101*${h.sex}`);
  out.push(`NM1*PR*2*${(h.payer || 'PAYER').replace(/[*~:^]/g, ' ')}*****PI*00001`);
  out.push(`CLM*${h.encounter_id}*${Number(h.total_charges || 0).toFixed(2)}***${facility}*Y*A*Y*Y`);
  out.push(kind === 'I' ? `DTP*434*RD8*${start}-${end}` : `DTP*431*D8*${start}`);
  if (kind === 'I' && h.discharge_status) out.push(`CL1*1*1*${h.discharge_status}`);
  const poa = (/** @type {Record<string, string>} */ r) => (kind === 'I' && r.poa ? `:::::::${r.poa}` : '');
  const dxItems = dx.map((r, i) => `${i === 0 ? 'ABK' : 'ABF'}:${r.code}${poa(r)}`);
  for (const group of chunk(dxItems, 12)) out.push(`HI*${group.join('*')}`);
  const pxItems = px.map((r, i) => `${i === 0 ? 'BBR' : 'BBQ'}:${r.code}:D8:${start}`);
  for (const group of chunk(pxItems, 12)) out.push(`HI*${group.join('*')}`);
  if (h.drg) out.push(`HI*DR:${h.drg}`);
  lines.forEach((r, i) => {
    const code = ['HC', r.code, ...(r.modifiers ? r.modifiers.split(' ').filter(Boolean) : [])].join(':');
    const units = r.units || '1';
    out.push(`LX*${i + 1}`);
    out.push(
      kind === 'P'
        ? `SV1*${code}*0*UN*${units}***1`
        : `SV2*${h.setting === 'ed' ? '0450' : '0300'}*${code}*0*UN*${units}`,
    );
    out.push(`DTP*472*D8*${start}`);
  });
  return { kind, segments: out };
}

/**
 * Converts `csvFile` to `outFile` (streamed: one encounter's rows in memory at a time; the two transactions are
 * written to side files and joined). Returns the claims written per kind.
 * @param {string} csvFile @param {string} outFile
 */
export async function writeX12FromDemoCsv(csvFile, outFile) {
  const parts = {
    I: { file: `${outFile}.837i`, segments: 0, claims: 0, hl: 1 },
    P: { file: `${outFile}.837p`, segments: 0, claims: 0, hl: 1 },
  };
  const streams = { I: createWriteStream(parts.I.file), P: createWriteStream(parts.P.file) };
  for (const k of /** @type {const} */ (['I', 'P'])) {
    const head = ['HL*1**20*1', 'NM1*85*2*BENCH HOSPITAL*****XX*1234567893', 'N3*1 MAIN ST', 'N4*TOWN*MD*20705'];
    streams[k].write(head.map((s) => `${s}~\n`).join(''));
    parts[k].segments += head.length;
  }
  const lines = createInterface({ input: createReadStream(csvFile), crlfDelay: Infinity });
  /** @type {string[] | null} */ let header = null;
  /** @type {Record<string, string>[]} */ let rows = [];
  const flush = async () => {
    if (rows.length === 0) return;
    const kind = rows[0].setting === 'profee' ? 'P' : 'I';
    const part = parts[kind];
    part.hl += 1;
    const { segments } = claimSegments(rows, part.hl, 1);
    part.segments += segments.length;
    part.claims += 1;
    if (!streams[kind].write(segments.map((s) => `${s}~\n`).join(''))) await once(streams[kind], 'drain');
    rows = [];
  };
  for await (const line of lines) {
    if (!line) continue;
    const cells = splitCsv(line);
    if (!header) {
      header = cells;
      continue;
    }
    const row = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
    if (rows.length > 0 && rows[0].encounter_id !== row.encounter_id) await flush();
    rows.push(row);
  }
  await flush();
  await Promise.all([new Promise((r) => streams.I.end(r)), new Promise((r) => streams.P.end(r))]);

  const isa = [
    'ISA',
    '00',
    ' '.repeat(10),
    '00',
    ' '.repeat(10),
    'ZZ',
    'BENCH'.padEnd(15),
    'ZZ',
    'RECODE'.padEnd(15),
    '261204',
    '1200',
    '^',
    '00501',
    '000000001',
    '0',
    'T',
    ':',
  ].join('*');
  writeFileSync(outFile, `${isa}~\n`);
  let group = 0;
  for (const k of /** @type {const} */ (['I', 'P'])) {
    const part = parts[k];
    if (part.claims === 0) continue;
    group += 1;
    const version = k === 'I' ? '005010X223A2' : '005010X222A1';
    const control = String(group).padStart(4, '0');
    appendFileSync(
      outFile,
      [
        `GS*HC*BENCH*RECODE*20261204*1200*${group}*X*${version}`,
        `ST*837*${control}*${version}`,
        'BHT*0019*00*1*20261204*1200*CH',
        'NM1*41*2*BENCH*****46*1',
        'NM1*40*2*RECODE*****46*2',
      ]
        .map((s) => `${s}~\n`)
        .join(''),
    );
    // Copy the side file through a stream: it can be hundreds of MB.
    await new Promise((resolve, reject) =>
      createReadStream(part.file)
        .on('error', reject)
        .pipe(createWriteStream(outFile, { flags: 'a' }))
        .on('finish', resolve)
        .on('error', reject),
    );
    rmSync(part.file);
    // ST, BHT, two NM1 and SE around the claims' segments.
    appendFileSync(outFile, [`SE*${part.segments + 5}*${control}`, `GE*1*${group}`].map((s) => `${s}~\n`).join(''));
  }
  appendFileSync(outFile, `IEA*${group}*000000001~\n`);
  return { claimsI: parts.I.claims, claimsP: parts.P.claims };
}
