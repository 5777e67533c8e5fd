import type { CompiledFormula, OperandInterner } from './formula';
import type { GrouperReturnCode, MedSurg } from './types';

/** One ranked row of an MDC's logic: the first true row in rank order decides. */
export interface FormulaRow {
  readonly mdc: number;
  readonly rank: number;
  readonly drg: number;
  readonly type: MedSurg;
  readonly rerouteMdc: number;
  /** Secondary-diagnosis attributes that do not count as CC/MCC for this DRG. */
  readonly suppression: readonly string[];
  /** DRG-0 rows that mark an input error (their formula names INVALID_DSTAT, INVALID_SEX or INVALID_PDX). */
  readonly error: GrouperReturnCode | null;
  readonly text: string;
  readonly test: CompiledFormula;
}

/** Attributes shared by many codes, with the operand ids they set (ids of operands no formula uses are left out). */
export interface DxPattern {
  readonly attrs: readonly string[];
  readonly hacOperands: readonly string[];
  readonly asPrincipal: readonly number[];
  readonly asSecondary: readonly number[];
  readonly ecode: boolean;
  readonly mccAlive: boolean;
  readonly incident: boolean;
  /** One bit per significant-trauma body site (sthead, stchest, ...). */
  readonly traumaSites: number;
}

export interface DxEntry {
  readonly mdc: number;
  /** 2 MCC, 1 CC, 0 neither. */
  readonly severity: number;
  readonly pattern: DxPattern;
}

export interface PrPattern {
  readonly attrs: readonly string[];
  readonly ids: readonly number[];
  readonly hacOperands: readonly string[];
  readonly bilateral: number;
  readonly vessels: number;
  readonly stentWeight: number;
  readonly drugStent: boolean;
  readonly plainStent: boolean;
  readonly sglantfuse: number;
  readonly sglpostfuse1: number;
  readonly sglpostfuse: number;
  readonly sglantsectXfuse: number;
}

export interface Cluster {
  readonly id: string;
  readonly suppressionBits: number;
  readonly choiceCount: number;
  /** Procedure code → index of the choice it satisfies. */
  readonly choiceOf: ReadonlyMap<string, number>;
}

export interface HacFormula {
  readonly number: number;
  readonly description: string;
  readonly test: CompiledFormula;
}

export interface DrgInfo {
  readonly drg: number;
  readonly mdc: number;
  readonly type: MedSurg;
  readonly description: string;
}

/** Everything one grouper version needs, built once per table load (see buildGrouperTables). */
export interface GrouperTables {
  /** The CMS version as the files name it: '420' = v42.0. */
  readonly version: string;
  readonly interner: OperandInterner;
  readonly formulas: ReadonlyMap<number, readonly FormulaRow[]>;
  readonly drgs: ReadonlyMap<number, DrgInfo>;
  readonly mdcTitles: ReadonlyMap<number, string>;
  readonly dx: ReadonlyMap<string, DxEntry>;
  readonly sexMdc: ReadonlyMap<string, { readonly male: number; readonly female: number }>;
  readonly ccExclusions: ReadonlyMap<string, ReadonlySet<string>>;
  readonly pr: ReadonlyMap<string, PrPattern>;
  readonly prClusters: ReadonlyMap<string, readonly string[]>;
  readonly clusters: ReadonlyMap<string, Cluster>;
  readonly hacFormulas: readonly HacFormula[];
  readonly hacDescriptions: ReadonlyMap<number, string>;
  /** Ids of the named conditions the claim sets (ALIVE, MULTST, ...); -1 when no formula uses one. */
  readonly named: Readonly<Record<NamedOperand, number>>;
}

export const NAMED_OPERANDS = [
  'ALIVE',
  'DIED',
  'AMA',
  'XFRNBA',
  'ANYDX',
  'INVALID_DSTAT',
  'INVALID_SEX',
  'INVALID_PDX',
  'PDX_ECODE',
  'ONLY:incident',
  'MDC_20_FALL_THRU',
  'MULTST',
  'BILATERAL',
  'FOUR_NON_DRUG_ELUTING_STENTS',
  'FOUR_DRUG_ELUTING_STENTS',
  'FOUR_VESSELS',
  'FOUR_STENTS',
  'MULTFUSE',
  'SGLANTSECTXCTR',
  'SGLPOSTFUSECTR',
  'SINGLEFUSIONCTR',
  'SGLANTCTR',
  'SGLPOST1CTR',
  'ORPROC',
] as const;
export type NamedOperand = (typeof NAMED_OPERANDS)[number];
