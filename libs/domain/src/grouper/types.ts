/** Return codes as the CMS MS-DRG grouper names them. */
export type GrouperReturnCode =
  | 'OK'
  | 'INVALID_PDX'
  | 'DX_CANNOT_BE_PDX'
  | 'INVALID_AGE'
  | 'INVALID_SEX'
  | 'INVALID_DISCHARGE_STATUS'
  | 'UNGROUPABLE'
  | 'NO_GROUPER_FOR_VERSION';

export type MedSurg = 'MEDICAL' | 'SURGICAL' | 'NONE';
export type DrgSeverity = 'MCC' | 'CC' | 'NON_CC' | 'NONE';
export type CodeSeverity = 'MCC' | 'CC' | 'NONE';

/** How a secondary diagnosis counted for the final DRG (the CMS grouper's severity flags). */
export type SecondaryUsage =
  'MCC' | 'CC' | 'MCC_EXCLUDED' | 'CC_EXCLUDED' | 'MCC_EXCLUDED_BY_DRG_LOGIC' | 'CC_EXCLUDED_BY_DRG_LOGIC' | 'NEITHER';

export type GrouperSex = 'M' | 'F' | 'U';

export interface GrouperSecondaryInput {
  readonly code: string;
  /** Present on admission: Y, N, U, W or 1 (exempt); missing counts as Y. Only N and U make a HAC. */
  readonly poa?: string | null;
}

export interface GrouperInput {
  readonly age: number | null;
  readonly sex: GrouperSex | string | null;
  /** UB-04 patient discharge status (1 home, 20 died, ...). */
  readonly dischargeStatus: number | null;
  readonly pdx: string;
  readonly sdx: readonly GrouperSecondaryInput[];
  readonly procedures: readonly string[];
}

export interface GrouperSecondaryResult {
  readonly code: string;
  readonly poa: string;
  readonly severity: CodeSeverity;
  readonly usage: SecondaryUsage;
  /** True when the principal diagnosis's CC exclusion list names this code. */
  readonly excludedByPrincipal: boolean;
  /** HAC numbers whose criteria this code met (POA N or U), if any. */
  readonly hacs: readonly number[];
}

export interface GrouperHac {
  readonly number: number;
  readonly description: string;
  readonly codes: readonly string[];
}

export interface GrouperResult {
  readonly version: string;
  readonly initialDrg: number;
  readonly finalDrg: number;
  readonly initialMdc: number;
  readonly finalMdc: number;
  readonly returnCode: GrouperReturnCode;
  readonly medSurg: MedSurg;
  readonly severity: DrgSeverity;
  readonly drgDescription: string;
  readonly secondaries: readonly GrouperSecondaryResult[];
  /** Hospital-acquired conditions whose criteria were met; `changedDrg` says whether they moved the DRG. */
  readonly hacs: readonly GrouperHac[];
  readonly hacChangedDrg: boolean;
  /** A sentence for people when the return code is not OK. */
  readonly message: string | null;
}
