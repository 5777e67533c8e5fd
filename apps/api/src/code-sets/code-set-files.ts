import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fiscalYearOf, fiscalYearRange } from '@recode/domain';
import type { CodeSetSystem } from '@recode/contracts';

/** How a file's rows are read; one kind per file layout (see ../shared/data/README.md). */
export type CodeSetFileKind = 'icd10cm' | 'icd10pcs' | 'poa-exempt' | 'msdrg' | 'hcpcs' | 'cpt';

/** One file to load and what it holds: the version, its dates and the systems (HCPCS files hold two). */
export interface CodeSetFileSpec {
  readonly kind: CodeSetFileKind;
  readonly fileName: string;
  readonly filePath: string;
  readonly version: string;
  readonly fiscalYear: number | null;
  readonly effectiveFrom: string;
  readonly effectiveTo: string;
  readonly systems: readonly CodeSetSystem[];
}

type Described = Omit<CodeSetFileSpec, 'fileName' | 'filePath'>;

function fiscalYearSet(
  kind: CodeSetFileKind,
  system: CodeSetSystem,
  fiscalYear: number,
  version = `FY${fiscalYear}`,
): Described {
  const { start, end } = fiscalYearRange(fiscalYear);
  return { kind, version, fiscalYear, effectiveFrom: start, effectiveTo: end, systems: [system] };
}

function hcpcsQuarter(year: number, quarter: number): Described {
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const pad = (n: number): string => String(n).padStart(2, '0');
  const effectiveFrom = `${year}-${pad(firstMonth)}-01`;
  return {
    kind: 'hcpcs',
    version: `${year}Q${quarter}`,
    // Calendar quarters never straddle 1 October, so each one sits inside a single fiscal year.
    fiscalYear: fiscalYearOf(effectiveFrom),
    effectiveFrom,
    effectiveTo: `${year}-${pad(lastMonth)}-${pad(lastDay)}`,
    systems: ['HCPCS', 'HCPCS_MODIFIER'],
  };
}

/** MS-DRG versions count up from v25 in FY2008 (the inverse of msDrgVersionFor in @recode/domain). */
const MS_DRG_VERSION_OFFSET = 1983;

/**
 * File-name patterns, so a new year's file is picked up by dropping it into DATA_DIR. The optional
 * .gz applies to every kind: the README compresses whatever grows past 10 MB.
 */
const PATTERNS: readonly { pattern: RegExp; describe: (match: RegExpExecArray) => Described }[] = [
  { pattern: /^icd10cm-(\d{4})\.csv(\.gz)?$/, describe: (m) => fiscalYearSet('icd10cm', 'ICD10CM', Number(m[1])) },
  { pattern: /^icd10pcs-(\d{4})\.csv(\.gz)?$/, describe: (m) => fiscalYearSet('icd10pcs', 'ICD10PCS', Number(m[1])) },
  {
    pattern: /^icd10cm-poa-exempt-(\d{4})\.csv(\.gz)?$/,
    describe: (m) => fiscalYearSet('poa-exempt', 'POA_EXEMPT', Number(m[1])),
  },
  {
    pattern: /^msdrg-v(\d{2,3})\.csv(\.gz)?$/,
    describe: (m) => fiscalYearSet('msdrg', 'MSDRG', Number(m[1]) + MS_DRG_VERSION_OFFSET, `v${Number(m[1])}`),
  },
  { pattern: /^hcpcs-(\d{4})q([1-4])\.csv(\.gz)?$/i, describe: (m) => hcpcsQuarter(Number(m[1]), Number(m[2])) },
];

/** What a file name says it holds, or null for files that are not code sets (e.g. the Tuva claims). */
export function describeCodeSetFile(fileName: string): Described | null {
  for (const { pattern, describe } of PATTERNS) {
    const match = pattern.exec(fileName);
    if (match) return describe(match);
  }
  return null;
}

const KIND_ORDER: readonly CodeSetFileKind[] = ['icd10cm', 'icd10pcs', 'poa-exempt', 'msdrg', 'hcpcs', 'cpt'];

/** Every code-set file in the folder, ICD-10-CM first and oldest year first, so the summary reads in order. */
export function discoverCodeSetFiles(dataDir: string): CodeSetFileSpec[] {
  return readdirSync(dataDir)
    .map((fileName) => {
      const described = describeCodeSetFile(fileName);
      return described ? { ...described, fileName, filePath: path.join(dataDir, fileName) } : null;
    })
    .filter((spec): spec is CodeSetFileSpec => spec !== null)
    .sort(
      (a, b) =>
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.effectiveFrom.localeCompare(b.effectiveFrom),
    );
}
