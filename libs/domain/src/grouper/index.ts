export * from './types';
export {
  compileFormula,
  FormulaSyntaxError,
  OperandInterner,
  type CompiledFormula,
  type OperandState,
} from './formula';
export type { GrouperTables } from './tables-types';
export { buildGrouperTables, type GrouperTableTexts } from './tables';
export { group, grouperErrorMessage } from './group';
export { isGrouperDischargeStatus, missingInputs, normalizeGrouperCode, prepareClaim, grouperRefusal } from './prepare';
export * from './oracle-format';
export * from './version';
export * from './explain';
export * from './encounter-input';
export * from './demographics';
