export { RatStatsInputError, type RatStatsErrorCode } from './errors';
export { CONFIDENCE_LEVELS, type ByConfidence, type ConfidenceLevel } from './confidence';
export {
  RATSTATS_SEED_MAX,
  singleStageRandomNumbers,
  type OrderedNumber,
  type RandomNumbersInput,
  type RandomNumbersResult,
} from './random-numbers';
export {
  attributeAppraisal,
  type AttributeAppraisal,
  type AttributeInput,
  type QuantityLimits,
} from './attribute-appraisal';
export {
  appraiseSummary,
  variableAppraisal,
  type PrecisionLimits,
  type SampleSummary,
  type VariableAppraisal,
  type VariableInput,
} from './variable-appraisal';
export { stratifiedAppraisal, type StratifiedAppraisal, type StratumInput } from './stratified-appraisal';
export { variableSampleSize, type VariableSampleSize, type VariableSampleSizeInput } from './sample-size';
export { Z_TWO_SIDED } from './normal-quantiles';
export {
  numberedFrameCsv,
  numberedSelectionCsv,
  ratStatsReport,
  selectFromNumberedFrame,
  type NumberedFrameSelection,
  type NumberedPick,
} from './numbered-frame';
