/**
 * The grouper's formula language: operands joined by `&` (and), `|` (or), `~` (not) and parentheses,
 * e.g. `(PDX:dxc0103) & (CC | ANY:trlist1)`. Operands are attribute names, optionally prefixed with
 * PDX: (the principal has it), SDX: (a secondary has it), ANY: (either) or ONLY:, plus the claim's
 * severity (`MCC`, `CC`, `NONE`) and named conditions (`ALIVE`, `BILATERAL`, ...). Formulas are compiled
 * once per table load into closures over interned operand ids, so grouping a claim does no parsing.
 */

/** Per-claim operand state: an operand is present when its stamp equals the current generation. */
export interface OperandState {
  readonly stamp: Int32Array;
  /** Bit n set: the operand is suppressed while grouping in MDC n (procedures inside a cluster). */
  readonly suppression: Uint32Array;
  generation: number;
  /** Suppression bit of the MDC being grouped (0 beyond MDC 31, as the CMS grouper's 32-bit sets). */
  mdcBit: number;
  /** 2 MCC, 1 CC, 0 none: the claim severity under the formula being evaluated. */
  severity: number;
}

export type CompiledFormula = (state: OperandState) => boolean;

export class OperandInterner {
  private readonly ids = new Map<string, number>();
  intern(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(name, id);
    }
    return id;
  }
  /** The id of an operand some formula uses, or -1 (then nobody needs to know it is present). */
  lookup(name: string): number {
    return this.ids.get(name) ?? -1;
  }
  get size(): number {
    return this.ids.size;
  }
}

export class FormulaSyntaxError extends Error {}

const TOKEN = /\s*([()&|~]|[^\s()&|~]+)/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (TOKEN.lastIndex < text.length && (match = TOKEN.exec(text)) !== null) tokens.push(match[1]);
  return tokens;
}

function operand(name: string, interner: OperandInterner): CompiledFormula {
  if (name === 'MCC') return (s) => s.severity === 2;
  if (name === 'CC') return (s) => s.severity === 1;
  if (name === 'NONE') return (s) => s.severity === 0;
  const id = interner.intern(name);
  return (s) => s.stamp[id] === s.generation && (s.suppression[id] & s.mdcBit) === 0;
}

/** Compiles one formula; an empty formula is never true. Precedence: ~ over & over |. */
export function compileFormula(text: string, interner: OperandInterner): CompiledFormula {
  const tokens = tokenize(text);
  if (tokens.length === 0) return () => false;
  let pos = 0;
  const peek = (): string | undefined => tokens[pos];
  const fail = (why: string): never => {
    throw new FormulaSyntaxError(`formula "${text}": ${why} at token ${pos + 1}`);
  };
  const parseOr = (): CompiledFormula => {
    let left = parseAnd();
    while (peek() === '|') {
      pos++;
      const l = left;
      const r = parseAnd();
      left = (s) => l(s) || r(s);
    }
    return left;
  };
  const parseAnd = (): CompiledFormula => {
    let left = parseUnary();
    while (peek() === '&') {
      pos++;
      const l = left;
      const r = parseUnary();
      left = (s) => l(s) && r(s);
    }
    return left;
  };
  const parseUnary = (): CompiledFormula => {
    const token = peek();
    if (token === undefined) return fail('unexpected end');
    if (token === '~') {
      pos++;
      const inner = parseUnary();
      return (s) => !inner(s);
    }
    if (token === '(') {
      pos++;
      const inner = parseOr();
      if (peek() !== ')') fail('missing )');
      pos++;
      return inner;
    }
    if (token === ')' || token === '&' || token === '|') return fail(`unexpected "${token}"`);
    pos++;
    return operand(token, interner);
  };
  const compiled = parseOr();
  if (pos !== tokens.length) fail('unexpected text after the formula');
  return compiled;
}
