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
