import { compileFormula, FormulaSyntaxError, OperandInterner, type OperandState } from './formula';

function evaluate(
  text: string,
  present: string[],
  severity = 0,
  suppressed: Record<string, number> = {},
  mdc = 1,
): boolean {
  const interner = new OperandInterner();
  const test = compileFormula(text, interner);
  const state: OperandState = {
    stamp: new Int32Array(interner.size),
    suppression: new Uint32Array(interner.size),
    generation: 1,
    mdcBit: 1 << mdc,
    severity,
  };
  for (const name of present) {
    const id = interner.lookup(name);
    if (id >= 0) {
      state.stamp[id] = 1;
      state.suppression[id] = suppressed[name] ?? 0;
    }
  }
  return test(state);
}

describe('compileFormula', () => {
  it('gives ~ precedence over & and & over |', () => {
    expect(evaluate('a | b & c', ['a'])).toBe(true);
    expect(evaluate('(a | b) & c', ['a'])).toBe(false);
    expect(evaluate('~a & b', ['b'])).toBe(true);
    expect(evaluate('~(a | b)', ['b'])).toBe(false);
  });

  it('reads prefixed operands and the claim severity', () => {
    expect(evaluate('(PDX:dxc0103) & (CC | ANY:trlist1)', ['PDX:dxc0103'], 1)).toBe(true);
    expect(evaluate('(PDX:dxc0103) & (CC | ANY:trlist1)', ['PDX:dxc0103'], 2)).toBe(false);
    expect(evaluate('MCC & intracran', ['intracran'], 2)).toBe(true);
  });

  it('treats an operand suppressed in the MDC being grouped as absent', () => {
    expect(evaluate('d468', ['d468'], 0, { d468: 1 << 5 }, 5)).toBe(false);
    expect(evaluate('d468', ['d468'], 0, { d468: 1 << 5 }, 8)).toBe(true);
  });

  it('refuses malformed formulas with the formula in the message', () => {
    expect(() => compileFormula('(a & b', new OperandInterner())).toThrow(FormulaSyntaxError);
    expect(() => compileFormula('a & | b', new OperandInterner())).toThrow('formula "a & | b"');
  });
});
