import type { AuditCodeLineInput, EncounterSettingCode, ErrorDetail } from '@recode/contracts';
import { checkCodeFormat, checkModifierFormat, checkMsDrgFormat, checkPoa, CODE_SYSTEM_LABELS } from '@recode/domain';
import { AppError } from '../../common/errors';
import type { CodeSetLookup } from '../../code-sets';
import type { StoredCodeLine } from '../entities/audit-item.entity';

export interface EncounterYear {
  setting: EncounterSettingCode;
  fiscalYear: number;
  encounterDate: string;
}

type Problem = ErrorDetail & { code: 'AUDIT_CODE_UNKNOWN' | 'AUDIT_CODE_INVALID' | 'VALIDATION_FAILED' };

const notLoaded = (what: string): AppError =>
  new AppError(
    409,
    'CODE_SET_NOT_LOADED',
    `${what} is not loaded, so codes cannot be checked; ask an admin to load it`,
  );

/**
 * Checks the auditor's final codes against the code sets of the encounter's year (never "the latest
 * list") and returns them normalised. Every problem is collected and reported at once, each naming its
 * field (body.codes.2.code); the first one's code is the error's code.
 */
export async function validateAuditorCodes(
  lookup: CodeSetLookup,
  enc: EncounterYear,
  lines: readonly AuditCodeLineInput[],
): Promise<StoredCodeLine[]> {
  const problems: Problem[] = [];
  const out: StoredCodeLine[] = [];
  const fy = enc.fiscalYear;
  const needs = new Set(lines.map((l) => l.system));
  const cm = needs.has('ICD10CM') ? await lookup.loadYearIndex('ICD10CM', fy) : null;
  if (needs.has('ICD10CM') && !cm) throw notLoaded(`ICD-10-CM FY${fy}`);
  const pcs = needs.has('ICD10PCS') ? await lookup.loadYearIndex('ICD10PCS', fy) : null;
  if (needs.has('ICD10PCS') && !pcs) throw notLoaded(`ICD-10-PCS FY${fy}`);
  const hcpcs = needs.has('HCPCS') ? await lookup.hcpcsIndexFor('HCPCS', enc.encounterDate) : null;
  if (needs.has('HCPCS') && !hcpcs) throw notLoaded('HCPCS Level II');
  const cpt = needs.has('CPT') ? await lookup.cptIndexFor(enc.encounterDate) : null;
  const modifiers = lines.some((l) => l.modifiers.length)
    ? await lookup.hcpcsIndexFor('HCPCS_MODIFIER', enc.encounterDate)
    : null;
  const poaExempt = needs.has('ICD10CM') ? await lookup.loadPoaExemptIndex(fy) : null;

  const principals = new Map<string, number>();
  const sequences = new Set<string>();
  lines.forEach((line, i) => {
    const at = `body.codes.${i}`;
    const label = CODE_SYSTEM_LABELS[line.system];
    const format = checkCodeFormat(line.system, line.code);
    const code = format.code;
    if (!format.ok) problems.push({ code: 'AUDIT_CODE_INVALID', path: `${at}.code`, message: format.reason });
    else if (line.system === 'ICD10CM' || line.system === 'ICD10PCS') {
      const status = (line.system === 'ICD10CM' ? cm : pcs)?.status(code) ?? 'unknown';
      if (status === 'unknown')
        problems.push({
          code: 'AUDIT_CODE_UNKNOWN',
          path: `${at}.code`,
          message: `${code} is not in ${label} FY${fy}`,
        });
      if (status === 'header')
        problems.push({
          code: 'AUDIT_CODE_INVALID',
          path: `${at}.code`,
          message: `${code} is a category header in FY${fy} ${label}, not a billable code`,
        });
    } else if (line.system === 'HCPCS' && hcpcs?.index.status(code) === 'unknown') {
      problems.push({
        code: 'AUDIT_CODE_UNKNOWN',
        path: `${at}.code`,
        message: `${code} is not in ${label} ${hcpcs.codeSet.version}`,
      });
    } else if (line.system === 'CPT' && cpt && cpt.index.status(code) === 'unknown') {
      problems.push({
        code: 'AUDIT_CODE_UNKNOWN',
        path: `${at}.code`,
        message: `${code} is not in the CPT file ${cpt.codeSet.version}`,
      });
    }
    let poa: string | null = null;
    if (line.system === 'ICD10CM') {
      const checked = checkPoa(line.poa, { isExemptCode: poaExempt?.has(code) ?? false, setting: enc.setting });
      for (const issue of checked.issues)
        if (issue.severity === 'error')
          problems.push({ code: 'AUDIT_CODE_INVALID', path: `${at}.poa`, message: `${code}: ${issue.message}` });
      poa = line.poa === null || line.poa === '' ? null : line.poa.toUpperCase();
    }
    const mods = line.modifiers.map((raw, j) => {
      const m = checkModifierFormat(raw);
      if (!m.ok) problems.push({ code: 'AUDIT_CODE_INVALID', path: `${at}.modifiers.${j}`, message: m.reason });
      else if (/^[A-Z]/.test(m.code) && modifiers && !modifiers.index.has(m.code)) {
        problems.push({
          code: 'AUDIT_CODE_UNKNOWN',
          path: `${at}.modifiers.${j}`,
          message: `${m.code} is not a HCPCS modifier`,
        });
      }
      return m.code;
    });
    if (mods.length && (line.system === 'ICD10CM' || line.system === 'ICD10PCS')) {
      problems.push({
        code: 'AUDIT_CODE_INVALID',
        path: `${at}.modifiers`,
        message: 'modifiers apply to CPT and HCPCS lines only',
      });
    }
    if (line.principal) principals.set(line.system, (principals.get(line.system) ?? 0) + 1);
    const seqKey = `${line.system}|${line.sequence}`;
    if (sequences.has(seqKey))
      problems.push({
        code: 'VALIDATION_FAILED',
        path: `${at}.sequence`,
        message: `another ${label} line already has sequence ${line.sequence}`,
      });
    sequences.add(seqKey);
    out.push({
      system: line.system,
      code,
      sequence: line.sequence,
      principal: line.principal,
      poa,
      modifiers: mods,
      units: line.units,
    });
  });
  for (const [system, count] of principals) {
    if (count > 1)
      problems.push({
        code: 'VALIDATION_FAILED',
        path: 'body.codes',
        message: `${count} ${CODE_SYSTEM_LABELS[system as StoredCodeLine['system']]} lines are marked principal; at most one may be`,
      });
  }
  const first = problems[0];
  if (first)
    throw new AppError(
      400,
      first.code,
      `${first.path}: ${first.message}`,
      problems.map(({ code, ...detail }) => ({ ...detail, code })),
    );
  return out;
}

/** The auditor's DRG as stored ('291'), with its weight in the encounter's fiscal year. */
export async function validateDrg(
  lookup: CodeSetLookup,
  fiscalYear: number,
  raw: string,
): Promise<{ drg: string; weight: number | null; title: string }> {
  const format = checkMsDrgFormat(raw);
  if (!format.ok)
    throw new AppError(400, 'AUDIT_CODE_INVALID', `body.drg: ${format.reason}`, [
      { path: 'body.drg', message: format.reason },
    ]);
  const table = await lookup.loadDrgTable(fiscalYear);
  if (!table) throw notLoaded(`The MS-DRG table of FY${fiscalYear}`);
  const info = table.get(format.drg);
  if (!info)
    throw new AppError(400, 'AUDIT_DRG_UNKNOWN', `body.drg: MS-DRG ${format.drg} does not exist in FY${fiscalYear}`, [
      { path: 'body.drg', message: `is not an MS-DRG of FY${fiscalYear}` },
    ]);
  return { drg: format.drg, weight: info.relativeWeight, title: info.title };
}
