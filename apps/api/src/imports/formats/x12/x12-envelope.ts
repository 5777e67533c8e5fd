import { ImportFileError } from '../../file/import-file-error';
import type { X12Segment } from './x12-tokenizer';

interface Open {
  control: string;
  position: number;
  count: number;
}

/**
 * Checks the envelopes as segments stream by: ISA/IEA, GS/GE and ST/SE nest and pair up, their control
 * numbers match, and IEA01, GE01 and SE01 count what they enclose. Any break fails the whole file with
 * the segment where it was found (nothing of the file is written).
 */
export class X12Envelope {
  private isa: Open | null = null;
  private gs: Open | null = null;
  private st: Open | null = null;
  interchanges = 0;
  /** ST03 (or GS08) of the open transaction, e.g. 005010X223A2. */
  version = '';

  accept(s: X12Segment): void {
    if (this.st) this.st.count += 1;
    switch (s.id) {
      case 'ISA':
        if (this.isa)
          fail(
            s,
            'IMPORT_X12_ENVELOPE',
            `a new ISA starts before the IEA of the interchange opened at segment ${this.isa.position}`,
          );
        this.isa = { control: el(s, 13), position: s.position, count: 0 };
        return;
      case 'IEA': {
        const isa = this.isa ?? fail(s, 'IMPORT_X12_ENVELOPE', 'IEA without an open ISA interchange');
        if (this.gs)
          fail(
            s,
            'IMPORT_X12_ENVELOPE',
            `IEA closes the interchange while the GS group opened at segment ${this.gs.position} has no GE`,
          );
        if (el(s, 2) !== isa.control)
          fail(
            s,
            'IMPORT_X12_COUNT',
            `IEA02 control number "${el(s, 2)}" differs from ISA13 "${isa.control}" (segment ${isa.position})`,
          );
        if (Number(el(s, 1)) !== isa.count)
          fail(
            s,
            'IMPORT_X12_COUNT',
            `IEA01 says ${el(s, 1)} functional groups but the interchange holds ${isa.count}`,
          );
        this.isa = null;
        this.interchanges += 1;
        return;
      }
      case 'GS':
        if (!this.isa) fail(s, 'IMPORT_X12_ENVELOPE', 'GS outside an ISA interchange');
        if (this.gs)
          fail(
            s,
            'IMPORT_X12_ENVELOPE',
            `a new GS starts before the GE of the group opened at segment ${this.gs.position}`,
          );
        this.isa.count += 1;
        this.gs = { control: el(s, 6), position: s.position, count: 0 };
        this.version = el(s, 8);
        if (el(s, 1) === 'HP')
          fail(
            s,
            'IMPORT_X12_NOT_837',
            'GS01 is HP: this is an 835 remittance advice (payments), not an 837 claim file',
          );
        return;
      case 'GE': {
        const gs = this.gs ?? fail(s, 'IMPORT_X12_ENVELOPE', 'GE without an open GS group');
        if (this.st)
          fail(
            s,
            'IMPORT_X12_ENVELOPE',
            `GE closes the group while the ST transaction opened at segment ${this.st.position} has no SE`,
          );
        if (el(s, 2) !== gs.control)
          fail(
            s,
            'IMPORT_X12_COUNT',
            `GE02 control number "${el(s, 2)}" differs from GS06 "${gs.control}" (segment ${gs.position})`,
          );
        if (Number(el(s, 1)) !== gs.count)
          fail(s, 'IMPORT_X12_COUNT', `GE01 says ${el(s, 1)} transaction sets but the group holds ${gs.count}`);
        this.gs = null;
        return;
      }
      case 'ST':
        if (!this.gs) fail(s, 'IMPORT_X12_ENVELOPE', 'ST outside a GS functional group');
        if (this.st)
          fail(
            s,
            'IMPORT_X12_ENVELOPE',
            `a new ST starts before the SE of the transaction opened at segment ${this.st.position}`,
          );
        if (el(s, 1) === '835')
          fail(
            s,
            'IMPORT_X12_NOT_837',
            'ST01 is 835: this is a remittance advice (payments), not an 837 claim; upload the 837 the claims were sent in',
          );
        if (el(s, 1) !== '837')
          fail(
            s,
            'IMPORT_X12_NOT_837',
            `ST01 is "${el(s, 1)}": only 837 health care claims (837I, 837P) can be imported`,
          );
        this.gs.count += 1;
        this.st = { control: el(s, 2), position: s.position, count: 1 };
        if (el(s, 3)) this.version = el(s, 3);
        if (!/^005010X22[23]/.test(this.version))
          fail(
            s,
            'IMPORT_X12_VERSION',
            `version "${this.version}" is not 5010 837P (005010X222A1) or 837I (005010X223A2)`,
          );
        return;
      case 'SE': {
        const st = this.st ?? fail(s, 'IMPORT_X12_ENVELOPE', 'SE without an open ST transaction');
        if (el(s, 2) !== st.control)
          fail(
            s,
            'IMPORT_X12_COUNT',
            `SE02 control number "${el(s, 2)}" differs from ST02 "${st.control}" (segment ${st.position})`,
          );
        if (Number(el(s, 1)) !== st.count)
          fail(
            s,
            'IMPORT_X12_COUNT',
            `SE01 says ${el(s, 1)} segments but the transaction holds ${st.count} (ST through SE)`,
          );
        this.st = null;
        return;
      }
      default:
        if (!this.st) fail(s, 'IMPORT_X12_ENVELOPE', `${s.id} outside an ST/SE transaction set`);
    }
  }

  /** At the end of the file every envelope must be closed. */
  finish(lastPosition: number): void {
    const open = this.st
      ? ['ST', 'SE', this.st]
      : this.gs
        ? ['GS', 'GE', this.gs]
        : this.isa
          ? ['ISA', 'IEA', this.isa]
          : null;
    if (open) {
      const [opened, closer, at] = open as [string, string, Open];
      throw new ImportFileError(
        'IMPORT_X12_TRUNCATED',
        `The file ends after segment ${lastPosition} without the ${closer} that closes the ${opened} at segment ${at.position}: the file is truncated`,
        [{ path: `x12:segment:${lastPosition}`, message: `${closer} missing` }],
      );
    }
    if (this.interchanges === 0)
      throw new ImportFileError('IMPORT_X12_ISA_MISSING', 'The file holds no ISA…IEA interchange', []);
  }
}

export function el(s: X12Segment, i: number): string {
  return (s.elements[i] ?? '').trim();
}

export function fail(s: X12Segment, code: string, message: string): never {
  throw new ImportFileError(code, `Segment ${s.position} (${s.id}, character ${s.offset}): ${message}`, [
    { path: `x12:segment:${s.position}`, message },
  ]);
}
