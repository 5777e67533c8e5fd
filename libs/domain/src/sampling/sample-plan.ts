import type { StratifyBy } from './frame';
import type { SamplingSeed } from './random-source';
import type { TargetingRule } from './targeting-rules';

interface SamplePlanBase {
  readonly seed: SamplingSeed;
  /** Targeting rules filter the frame before anything is drawn. */
  readonly rule?: TargetingRule;
  /** Spares drawn right after the sample: per stratum for stratified plans, overall otherwise. */
  readonly spares?: number;
}

export interface SimpleRandomPlan extends SamplePlanBase {
  readonly method: 'simpleRandom';
  readonly sampleSize: number;
}

/** A "probe": the same n from every stratum; a stratum with fewer members gives all of them. */
export interface FixedPerStratumPlan extends SamplePlanBase {
  readonly method: 'fixedPerStratum';
  readonly perStratum: number;
  readonly stratifyBy?: StratifyBy;
}

export interface ProportionalPlan extends SamplePlanBase {
  readonly method: 'proportional';
  readonly sampleSize: number;
  readonly stratifyBy?: StratifyBy;
}

export interface PercentagePlan extends SamplePlanBase {
  readonly method: 'percentage';
  /** (0, 100], taken to 6 decimals; each size is rounded up (5% of 101 → 6). */
  readonly percent: number;
  readonly per: 'overall' | 'stratum';
  readonly stratifyBy?: StratifyBy;
}

export type SamplePlan = SimpleRandomPlan | FixedPerStratumPlan | ProportionalPlan | PercentagePlan;

export type SamplingMethod = SamplePlan['method'];

export const SAMPLING_METHODS: readonly SamplingMethod[] = [
  'simpleRandom',
  'fixedPerStratum',
  'proportional',
  'percentage',
];

/** The key of the single stratum of unstratified plans. */
export const WHOLE_FRAME_STRATUM = '*';

export interface StratumSummary {
  readonly key: string;
  readonly frameSize: number;
  /** What the plan asked for in this stratum (fixed n, or the stratum's share). */
  readonly requestedSize: number;
  readonly sampleSize: number;
  /** requestedSize − sampleSize: how many the stratum could not supply (a short probe). */
  readonly shortfall: number;
  readonly spareCount: number;
}

export interface CoderSampleCount {
  readonly coderId: string;
  readonly frameSize: number;
  readonly sampleSize: number;
}

export interface SampleDraw<T> {
  /** In draw order; stratified plans list strata in key order, each in its own draw order. */
  readonly sample: T[];
  /** In draw order, grouped like the sample; replace a sampled item with the next unused spare of its stratum. */
  readonly spares: T[];
  /** Eligible encounters: the scope minus excluded ones minus those the rules filtered out. */
  readonly frameSize: number;
  readonly scopeSize: number;
  readonly excludedCount: number;
  readonly filteredOutCount: number;
  readonly perStratum: StratumSummary[];
  readonly perCoder: CoderSampleCount[];
  /** The generator used, to store beside the seed. */
  readonly algorithm: string;
}
