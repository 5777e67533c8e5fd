/** What the import validator needs from the code sets; see code-set-index.provider.ts for the wiring. */
export type CodeStatus = 'billable' | 'header' | 'unknown';
export type IcdSystem = 'ICD10CM' | 'ICD10PCS';

export interface CodeSetIndex {
  /** Fiscal years whose ICD-10-CM set is loaded; an encounter outside them cannot be validated. */
  icdYears(): readonly number[];
  /** Loads what a fiscal year needs (called once per year before its rows are validated). */
  prepareYear(fiscalYear: number): Promise<void>;
  status(system: IcdSystem, fiscalYear: number, code: string): CodeStatus;
  /** A few billable codes under a header, for the message ("use M48061 or M48062"). */
  billableChildren(system: IcdSystem, fiscalYear: number, header: string, limit: number): string[];
  isPoaExempt(fiscalYear: number, code: string): boolean;
  /** HCPCS Level II codes (CMS quarterly file); CPT is checked by format only. */
  hcpcsStatus(code: string): CodeStatus;
  /** HCPCS Level II modifiers (two letters or letter + digit); numeric CPT modifiers are format-checked. */
  isLevelTwoModifier(modifier: string): boolean;
  /** MS-DRGs of the fiscal year's grouper version; null when that version is not loaded. */
  drgExists(fiscalYear: number, drg: string): boolean | null;
}
