import type { X12Claim, X12Code } from './x12-claim';
import { el } from './x12-envelope';
import type { X12Segment } from './x12-tokenizer';

/** HI qualifiers (code list 1270) for ICD-10; the ICD-9 ones are named so the message can say so. */
const DX = new Set(['ABK', 'ABF', 'ABN']);
const ICD9 = new Map([
  ['BK', 'ICD-9-CM principal diagnosis'],
  ['BF', 'ICD-9-CM diagnosis'],
  ['BJ', 'ICD-9-CM admitting diagnosis'],
  ['PR', 'ICD-9-CM reason for visit'],
  ['BN', 'ICD-9-CM external cause'],
  ['BR', 'ICD-9-CM principal procedure'],
  ['BQ', 'ICD-9-CM procedure'],
]);
/** 837P allows 12 diagnoses on its one HI; 837I two HI of 12 other diagnoses plus the principal. */
const MAX_DX = { P: 12, I: 25 } as const;

/**
 * One HI segment: each element is a composite qualifier:code[:…:POA in component 9]. Principal (ABK)
 * and other (ABF, ABN external cause) diagnoses, admitting (ABJ), reason for visit (APR), ICD-10-PCS
 * procedures (BBR principal, BBQ other) and the DRG (DR). Occurrence, value and condition codes
 * (BH, BE, BG …) are not coding and are skipped.
 */
export function readHi(s: X12Segment, ordinal: number, claim: X12Claim): void {
  const c = s.separators.component;
  for (let i = 1; i < s.elements.length; i++) {
    const raw = (s.elements[i] ?? '').trim();
    if (!raw) continue;
    const parts = raw.split(c);
    const qualifier = (parts[0] ?? '').trim();
    const code: X12Code = {
      qualifier,
      code: (parts[1] ?? '').trim().replace('.', ''),
      poa: (parts[8] ?? '').trim(),
      where: { segment: 'HI', ordinal, element: i, position: s.position },
    };
    const icd9 = ICD9.get(qualifier);
    if (icd9) {
      claim.issues.push({
        where: code.where,
        value: raw,
        code: 'X12_ICD9_QUALIFIER',
        message: `qualifier ${qualifier} marks an ${icd9} code (${code.code}); only ICD-10 is imported (ABK/ABF/ABJ/APR, BBR/BBQ), so the claim was rejected rather than guessed`,
      });
      continue;
    }
    if (DX.has(qualifier)) {
      const hasPrincipal = claim.diagnoses[0]?.qualifier === 'ABK';
      if (qualifier === 'ABK' && hasPrincipal) {
        // Kept as another diagnosis (the first ABK stays principal) and flagged for the auditor.
        claim.issues.push({
          where: code.where,
          value: raw,
          code: 'X12_PRINCIPAL_TWICE',
          message: `a second ABK principal diagnosis (${code.code}); a claim has one, so it was kept as a secondary diagnosis`,
        });
        claim.diagnoses.push({ ...code, qualifier: 'ABF' });
      } else if (qualifier === 'ABK') claim.diagnoses.unshift(code);
      else claim.diagnoses.push(code);
      if (claim.diagnoses.length === MAX_DX[claim.kind] + 1) {
        claim.issues.push({
          where: code.where,
          value: raw,
          code: 'X12_LOOP_OVER_MAX',
          message: `more than ${MAX_DX[claim.kind]} diagnoses, the most an 837${claim.kind} allows`,
        });
      }
    } else if (qualifier === 'ABJ') claim.admitting.push(code);
    else if (qualifier === 'APR') claim.reasons.push(code);
    else if (qualifier === 'BBR') claim.procedures.unshift(code);
    else if (qualifier === 'BBQ') claim.procedures.push(code);
    else if (qualifier === 'DR') claim.drg = code;
  }
}

/** SV1 (837P: composite HC:code:mod1..mod4, charge, unit basis, quantity) or SV2 (837I: revenue code first). */
export function readServiceLine(s: X12Segment, claim: X12Claim): void {
  const line = claim.lines[claim.lines.length - 1];
  if (!line) return;
  const institutional = s.id === 'SV2';
  const composite = el(s, institutional ? 2 : 1);
  const parts = composite.split(s.separators.component).map((p) => p.trim());
  line.revenueCode = institutional ? el(s, 1) : '';
  line.qualifier = parts[0] ?? '';
  line.code = parts[1] ?? '';
  line.modifiers = parts.slice(2, 6).filter(Boolean);
  line.units = el(s, institutional ? 5 : 4);
  line.where = { segment: s.id, ordinal: line.where.ordinal, element: institutional ? 2 : 1, position: s.position };
  if (!institutional && !composite) {
    claim.issues.push({
      where: line.where,
      value: '',
      code: 'X12_ELEMENT_MISSING',
      message: 'SV101 (procedure code) is required',
    });
  }
  if (line.code && line.qualifier !== 'HC') {
    claim.issues.push({
      where: line.where,
      value: composite,
      code: 'X12_LINE_QUALIFIER',
      message: `product/service qualifier ${line.qualifier} is not HC (CPT/HCPCS); the line's code was not imported`,
    });
    line.code = '';
  }
}
