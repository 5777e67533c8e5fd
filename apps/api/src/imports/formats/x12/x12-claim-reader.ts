import { el, fail } from './x12-envelope';
import type { X12Claim, X12Code, X12Where } from './x12-claim';
import { readHi, readServiceLine } from './x12-claim-segments';
import type { X12Segment } from './x12-tokenizer';

interface Context {
  billingNpi: string;
  payer: string;
  patientId: string;
  birthDate: string;
  sex: string;
}

const MAX_LINES = { P: 50, I: 999 } as const;

/**
 * Follows the 837 loops (2000A billing provider, 2000B subscriber, 2000C patient, 2300 claim, 2400
 * service line) one segment at a time and returns each claim when the next CLM, HL or SE closes it.
 * Only what an audit needs is read; other segments pass (the envelope checks still count them).
 */
export class X12ClaimReader {
  private ctx: Context = { billingNpi: '', payer: '', patientId: '', birthDate: '', sex: '' };
  private claim: X12Claim | null = null;
  private lastNm1 = '';
  private previous = '';
  private hiCount = 0;
  private inLine = false;

  /** Returns the claim the segment closes, if any. */
  accept(s: X12Segment, version: string): X12Claim | null {
    this.checkOrder(s);
    let done: X12Claim | null = null;
    if (s.id === 'CLM' || s.id === 'HL' || s.id === 'SE' || s.id === 'ST') done = this.close();
    switch (s.id) {
      case 'HL':
        if (el(s, 3) === '20') this.ctx = { billingNpi: '', payer: '', patientId: '', birthDate: '', sex: '' };
        if (el(s, 3) === '22') this.ctx = { ...this.ctx, payer: '', patientId: '', birthDate: '', sex: '' };
        break;
      case 'NM1':
        this.nm1(s);
        break;
      case 'DMG':
        if (!this.claim && (this.lastNm1 === 'IL' || this.lastNm1 === 'QC')) {
          this.ctx.birthDate = el(s, 2);
          this.ctx.sex = el(s, 3);
        }
        break;
      case 'CLM':
        this.open(s, version);
        break;
      default:
        if (this.claim) this.claimSegment(s, this.claim);
    }
    this.previous = s.id;
    return done;
  }

  private nm1(s: X12Segment): void {
    if (!el(s, 1) || !el(s, 2))
      fail(
        s,
        'IMPORT_X12_ELEMENT_MISSING',
        `NM1${el(s, 1) ? `*${el(s, 1)}` : ''} lacks its required ${el(s, 1) ? 'NM102 (entity type qualifier)' : 'NM101 (entity identifier)'}`,
      );
    this.lastNm1 = el(s, 1);
    // Claim-level providers (loops 2310): the keys a coder mapping by provider NPI looks up.
    if (this.claim && !this.inLine) {
      if (el(s, 1) === '82' && !this.claim.renderingNpi) this.claim.renderingNpi = el(s, 9);
      if (el(s, 1) === '71' && !this.claim.attendingNpi) this.claim.attendingNpi = el(s, 9);
    }
    if (this.claim) return;
    if (el(s, 1) === '85') this.ctx.billingNpi = el(s, 9);
    if (el(s, 1) === 'PR') this.ctx.payer = el(s, 3);
    if (el(s, 1) === 'IL') this.ctx.patientId = el(s, 9);
  }

  private open(s: X12Segment, version: string): void {
    const kind = version.startsWith('005010X223') ? 'I' : 'P';
    const facility = (s.elements[5] ?? '').split(s.separators.component);
    this.hiCount = 0;
    this.inLine = false;
    this.claim = {
      kind,
      position: s.position,
      claimId: el(s, 1),
      charges: el(s, 2),
      facilityCode: (facility[0] ?? '').trim(),
      frequencyCode: (facility[2] ?? '').trim(),
      ...this.ctx,
      renderingNpi: '',
      attendingNpi: '',
      statementFrom: '',
      statementTo: '',
      admissionDate: '',
      dischargeHour: '',
      admissionType: '',
      patientStatus: '',
      diagnoses: [],
      admitting: [],
      reasons: [],
      procedures: [],
      drg: null,
      lines: [],
      issues: [],
    };
    const where = (element: number): X12Where => ({ segment: 'CLM', ordinal: 1, element, position: s.position });
    if (!el(s, 1)) fail(s, 'IMPORT_X12_ELEMENT_MISSING', 'CLM01 (claim id) is required');
    if (!el(s, 2))
      this.claim.issues.push({
        where: where(2),
        value: '',
        code: 'X12_ELEMENT_MISSING',
        message: 'CLM02 (total charges) is required',
      });
    if (!this.claim.facilityCode)
      this.claim.issues.push({
        where: where(5),
        value: el(s, 5),
        code: 'X12_ELEMENT_MISSING',
        message: 'CLM05-1 (facility type code / place of service) is required; the setting cannot be told without it',
      });
  }

  private claimSegment(s: X12Segment, claim: X12Claim): void {
    switch (s.id) {
      case 'DTP':
        this.dtp(s, claim);
        break;
      case 'CL1':
        claim.admissionType = el(s, 1);
        claim.patientStatus = el(s, 3);
        break;
      case 'HI':
        this.hiCount += 1;
        readHi(s, this.hiCount, claim);
        break;
      case 'LX':
        this.inLine = true;
        claim.lines.push({
          lineNo: Number(el(s, 1)) || claim.lines.length + 1,
          qualifier: '',
          code: '',
          modifiers: [],
          units: '',
          revenueCode: '',
          serviceDate: '',
          where: { segment: 'LX', ordinal: claim.lines.length + 1, element: 1, position: s.position },
        });
        if (claim.lines.length === MAX_LINES[claim.kind] + 1) {
          claim.issues.push({
            where: { segment: 'LX', ordinal: claim.lines.length, element: 1, position: s.position },
            value: el(s, 1),
            code: 'X12_LOOP_OVER_MAX',
            message: `loop 2400 (service line) repeats more than its maximum of ${MAX_LINES[claim.kind]} in an 837${claim.kind}`,
          });
        }
        break;
      case 'SV1':
      case 'SV2':
        readServiceLine(s, claim);
        break;
    }
  }

  private dtp(s: X12Segment, claim: X12Claim): void {
    const qualifier = el(s, 1);
    const [from = '', to = ''] = el(s, 3).split('-');
    const line = claim.lines[claim.lines.length - 1];
    if (qualifier === '472' && this.inLine && line) line.serviceDate = from;
    else if (qualifier === '472' && !claim.statementFrom) claim.statementFrom = from;
    if (this.inLine) return;
    if (qualifier === '434') {
      claim.statementFrom = from;
      claim.statementTo = to || from;
    }
    if (qualifier === '435') claim.admissionDate = from.slice(0, 8);
    if (qualifier === '096') claim.dischargeHour = from;
  }

  private close(): X12Claim | null {
    const claim = this.claim;
    this.claim = null;
    this.inLine = false;
    return claim;
  }

  /** Orders the guide fixes that files get wrong in practice; a break is a file error at its segment. */
  private checkOrder(s: X12Segment): void {
    if (s.id === 'N4' && this.previous !== 'N3' && this.previous !== 'NM1')
      fail(
        s,
        'IMPORT_X12_ORDER',
        `N4 (city/state/ZIP) must follow its N3 address or NM1 name, not ${this.previous}: segments are out of order`,
      );
    if (this.previous === 'N3' && s.id !== 'N4')
      fail(
        s,
        'IMPORT_X12_ORDER',
        `the N3 address at segment ${s.position - 1} must be followed by its N4 (city/state/ZIP), not ${s.id}: segments are out of order`,
      );
    if ((s.id === 'SV1' || s.id === 'SV2') && !this.inLine)
      fail(s, 'IMPORT_X12_ORDER', `${s.id} (service line) must follow an LX that opens loop 2400`);
    if (s.id === 'HI' && this.inLine)
      fail(
        s,
        'IMPORT_X12_ORDER',
        'HI (claim diagnoses) belongs to loop 2300, before the first LX service line: segments are out of order',
      );
    if (s.id === 'LX' && !this.claim) fail(s, 'IMPORT_X12_ORDER', 'LX (service line) outside a CLM claim');
  }
}

export type { X12Code };
