import type { EncounterSettingCode, PlanMethodType, PlanScope, RatStatsFrameOrder } from '@recode/contracts';

export type RelativePeriod = NonNullable<PlanScope['relativePeriod']>;
export type ScheduleFrequency = 'none' | 'weekly' | 'monthly';

/** What the plan form holds: text as typed, turned into a request only on preview or save. */
export interface PlanFormValues {
  name: string;
  description: string;
  /** Fixed dates, or a period resolved when each run starts (what a scheduled plan needs). */
  periodMode: 'dates' | 'relative';
  dateFrom: string;
  dateTo: string;
  relativePeriod: RelativePeriod;
  /** Lists as typed: "MAIN, NORTH". */
  facilities: string;
  payers: string;
  settings: EncounterSettingCode[];
  teamIds: string[];
  coderIds: string[];
  flaggedOnly: boolean;
  method: PlanMethodType;
  /** Sample size, per-coder n or percent, depending on the method. */
  size: string;
  percentPer: 'overall' | 'coder';
  /** RAT-STATS plans: the order the frame is numbered 1..N in. */
  frameOrder: RatStatsFrameOrder;
  seed: string;
  spares: string;
  /** Blank: the administrator's setting. */
  exclusionWindowDays: string;
  dueInDays: string;
  auditorIds: string[];
  rulesCombine: 'all' | 'any';
  drgWeightAbove: string;
  drgIn: string;
  codeIn: string;
  codeMatch: 'exact' | 'prefix';
  flaggedAtImport: boolean;
  drgDiffersFromGrouper: boolean;
  newCoders: boolean;
  newCodersDays: string;
  codersBelowTarget: boolean;
  /** Percent as typed ("95"); the API takes a fraction. */
  belowTargetPercent: string;
  lookbackMonths: string;
  schedule: ScheduleFrequency;
  /** 0 = Sunday … 6 = Saturday, as the API and cron count. */
  dayOfWeek: string;
  dayOfMonth: string;
  /** Hour of the run, UTC. */
  scheduleHour: string;
}
