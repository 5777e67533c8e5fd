export { Z_95, type ProportionInterval } from './types';
export { inverseNormalCdf } from './normal';
export { wilsonInterval } from './wilson';
export { clopperPearsonInterval } from './clopper-pearson';
export { logGamma, regularizedIncompleteBeta, inverseRegularizedIncompleteBeta } from './beta';
export {
  clusterRatioInterval,
  type ClusterRatioInterval,
  type ClusterRatioOptions,
  type ErrorCluster,
} from './cluster-ratio';
export {
  addClusterSums,
  clusterRatioFromSums,
  clusterSums,
  EMPTY_CLUSTER_SUMS,
  type ClusterSums,
} from './cluster-sums';
export { pChartLimits, type PChart, type PChartFlag, type PChartPlottedPoint, type PChartPoint } from './p-chart';
export {
  isTooSmallToTell,
  sampleSizeToDistinguish,
  type SampleSizeQuestion,
  type TooSmallToTellAnswer,
  type TooSmallToTellQuestion,
} from './sample-size';
export { studentTCdf, studentTQuantile } from './student-t';
export { exactBetaLimits } from './exact-limits';
export { designEffectInterval, type DesignEffectInterval, type DesignEffectQuestion } from './design-effect-interval';
export { hypergeometricLimits, hypergeometricTail } from './hypergeometric';
export { notEnoughData, type AccuracyEstimate, type AccuracyMethod, type AccuracyStatus } from './accuracy-estimate';
export { recordAccuracyInterval } from './record-accuracy';
export { codeAccuracyFromSums, effectiveDf, squaredResiduals } from './code-accuracy';
export { binomialTail } from './binomial';
export { betaBinomialPmf, probabilityLimitCounts } from './beta-binomial';
export {
  controlChart,
  CONTROL_TAIL,
  OVERDISPERSION_MARGIN,
  type ControlChart,
  type ControlFlag,
  type ControlPoint,
} from './control-chart';
export { stratifiedCodeAccuracy, stratifiedRecordAccuracy, type CodeStratum, type RecordStratum } from './stratified';
