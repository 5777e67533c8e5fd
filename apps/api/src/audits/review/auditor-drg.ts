import type { DrgDto, SaveReviewRequest } from '@recode/contracts';
import { severityDrivers, type GrouperInput } from '@recode/domain';
import type { CodeSetLookup } from '../../code-sets';
import { AppError } from '../../common/errors';
import type { GrouperService } from '../../grouper';
import type { StoredCodeLine } from '../entities/audit-item.entity';
import { describeDrg } from './code-descriptions';
import { validateDrg } from './code-validation';
import type { ItemForReview } from './item-access';

export interface AuditorDrg {
  drg: DrgDto | null;
  source: 'grouper' | 'override' | 'billed' | null;
  reason: string | null;
  /** The secondaries that made the grouper's DRG "with MCC/CC". */
  drivers: string[];
}

type Item = Pick<
  ItemForReview,
  | 'setting'
  | 'fiscalYear'
  | 'coderDrg'
  | 'encounterDate'
  | 'dischargeDate'
  | 'patientAge'
  | 'patientSex'
  | 'dischargeStatus'
>;

/** The grouper's input from the auditor's codes and the encounter's demographics (the review panel's values win). */
export function auditorGrouperInput(
  item: Item,
  codes: readonly StoredCodeLine[],
  given: SaveReviewRequest['grouperInputs'],
): GrouperInput {
  const dx = codes.filter((c) => c.system === 'ICD10CM');
  const principal = dx.find((c) => c.principal) ?? dx[0];
  const status =
    given?.dischargeStatus !== undefined
      ? given.dischargeStatus
      : item.dischargeStatus === null
        ? null
        : Number(item.dischargeStatus);
  return {
    age: given?.age !== undefined ? given.age : item.patientAge,
    sex: given?.sex !== undefined ? given.sex : item.patientSex,
    dischargeStatus: status,
    pdx: principal?.code ?? '',
    sdx: dx.filter((c) => c !== principal).map((c) => ({ code: c.code, poa: c.poa ?? null })),
    procedures: codes.filter((c) => c.system === 'ICD10PCS').map((c) => c.code),
  };
}

/**
 * The auditor's MS-DRG. Normally the grouper's on the auditor's codes (inpatient), with the CC/MCC that
 * drove it; when the grouper cannot group them (no version for the year, missing or invalid inputs) the
 * coder's DRG stands and no DRG finding arises. A typed DRG is an override and needs a reason.
 */
export async function resolveAuditorDrg(
  lookup: CodeSetLookup,
  grouper: GrouperService,
  item: Item,
  codes: readonly StoredCodeLine[],
  body: SaveReviewRequest,
): Promise<AuditorDrg> {
  if (body.drg !== undefined) {
    const reason = body.drgOverrideReason?.trim() ?? '';
    if (!reason) {
      throw new AppError(400, 'DRG_OVERRIDE_REASON_REQUIRED', 'Overriding the grouper’s MS-DRG needs a reason', [
        { path: 'body.drgOverrideReason', message: 'say why the grouper’s DRG is not the right one' },
      ]);
    }
    if (body.drg === null || body.drg === '') return { drg: null, source: 'override', reason, drivers: [] };
    const checked = await validateDrg(lookup, item.fiscalYear, body.drg);
    return {
      drg: { drg: checked.drg, title: checked.title, weight: checked.weight },
      source: 'override',
      reason,
      drivers: [],
    };
  }
  const billed = await describeDrg(lookup, item.fiscalYear, item.coderDrg);
  if (item.setting !== 'inpatient') return { drg: billed, source: null, reason: null, drivers: [] };
  const grouped = grouper.groupStay(
    item.dischargeDate ?? item.encounterDate,
    auditorGrouperInput(item, codes, body.grouperInputs),
  );
  if (!grouped.ok || grouped.result.returnCode !== 'OK')
    return { drg: billed, source: 'billed', reason: null, drivers: [] };
  const drg = await describeDrg(lookup, item.fiscalYear, String(grouped.result.finalDrg));
  return { drg, source: 'grouper', reason: null, drivers: severityDrivers(grouped.result) };
}
