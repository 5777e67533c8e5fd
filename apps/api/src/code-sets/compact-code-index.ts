export type CodeStatus = 'billable' | 'header' | 'unknown';

// Codes of up to 7 characters of 0-9/A-Z pack into one float64 exactly: 37^7 ≈ 9.5e10 < 2^53.
// Digit 0 is the padding, below '0' and 'A', so packed order is the byte order of the strings
// ("E11" < "E110" < "E119" < "E12"), and a prefix is a contiguous key range.
const RADIX = 37;
const WIDTH = 7;
const PAD_MAX = RADIX - 1;

function digitOf(charCode: number): number {
  if (charCode >= 48 && charCode <= 57) return charCode - 47; // '0'-'9' → 1-10
  if (charCode >= 65 && charCode <= 90) return charCode - 54; // 'A'-'Z' → 11-36
  return -1;
}

function charOf(digit: number): string {
  return String.fromCharCode(digit <= 10 ? digit + 47 : digit + 54);
}

/** The packed key of a code, or -1 when it cannot be in any index (too long, or not 0-9/A-Z). */
export function packCode(code: string, pad = 0): number {
  if (code.length === 0 || code.length > WIDTH) return -1;
  let key = 0;
  for (let i = 0; i < WIDTH; i += 1) {
    const digit = i < code.length ? digitOf(code.charCodeAt(i)) : pad;
    if (digit < 0) return -1;
    key = key * RADIX + digit;
  }
  return key;
}

export function unpackCode(key: number): string {
  const digits: number[] = [];
  let rest = key;
  for (let i = 0; i < WIDTH; i += 1) {
    digits.unshift(rest % RADIX);
    rest = Math.floor(rest / RADIX);
  }
  return digits
    .filter((digit) => digit > 0)
    .map(charOf)
    .join('');
}

const BILLABLE = 1;

/**
 * A year's code list in 9 bytes a code (sorted keys + one flag byte), so every ICD-10-CM and PCS
 * year fits in a few MB and a status check is a binary search with no allocation.
 * Codes are expected as stored: upper case, no dot (normalizeCode from @recode/domain).
 */
export class CompactCodeIndex {
  private constructor(
    private readonly keys: Float64Array,
    private readonly flags: Uint8Array,
  ) {}

  /** From parallel lists; codes that cannot be packed are refused, as they could never be found. */
  static build(codes: readonly string[], billable: readonly boolean[]): CompactCodeIndex {
    const order = codes.map((code, i) => ({ key: packCode(code), billable: billable[i] === true, code }));
    const bad = order.find((entry) => entry.key < 0);
    if (bad) throw new RangeError(`"${bad.code}" cannot be indexed: codes are 1-7 characters of 0-9 and A-Z`);
    // Usually already in order (the query sorts by code), so this sort is cheap.
    order.sort((a, b) => a.key - b.key);
    const keys = new Float64Array(order.length);
    const flags = new Uint8Array(order.length);
    order.forEach((entry, i) => {
      keys[i] = entry.key;
      flags[i] = entry.billable ? BILLABLE : 0;
    });
    return new CompactCodeIndex(keys, flags);
  }

  get size(): number {
    return this.keys.length;
  }

  /** Bytes held by the index's arrays (what stays in memory per cached code set). */
  get byteLength(): number {
    return this.keys.byteLength + this.flags.byteLength;
  }

  private lowerBound(key: number): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.keys[mid] as number) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private find(code: string): number {
    const key = packCode(code);
    if (key < 0) return -1;
    const at = this.lowerBound(key);
    return at < this.keys.length && this.keys[at] === key ? at : -1;
  }

  has(code: string): boolean {
    return this.find(code) >= 0;
  }

  status(code: string): CodeStatus {
    const at = this.find(code);
    if (at < 0) return 'unknown';
    return ((this.flags[at] as number) & BILLABLE) === BILLABLE ? 'billable' : 'header';
  }

  /** Codes that start with the prefix (itself excluded), in code order: e.g. the billable codes under a header. */
  codesUnder(prefix: string, limit: number, options: { billableOnly?: boolean } = {}): string[] {
    const from = packCode(prefix);
    const to = packCode(prefix, PAD_MAX);
    if (from < 0 || to < 0) return [];
    const found: string[] = [];
    for (let i = this.lowerBound(from); i < this.keys.length && found.length < limit; i += 1) {
      const key = this.keys[i] as number;
      if (key > to) break;
      if (key === from) continue;
      if (options.billableOnly && ((this.flags[i] as number) & BILLABLE) !== BILLABLE) continue;
      found.push(unpackCode(key));
    }
    return found;
  }
}
