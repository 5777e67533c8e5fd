import { Inject, Injectable } from '@nestjs/common';
import type { RegroupDrgDto, RegroupRequest, RegroupResponse } from '@recode/contracts';
import {
  drgPaymentDelta,
  grouperVersionLabel,
  missingInputs,
  severityDrivers,
  type GrouperInput,
} from '@recode/domain';
import { CodeSetLookup } from '../code-sets';
import { APP_CONFIG, type AppConfig } from '../config/env';
import { AuditSettingsService } from '../settings';
import { GrouperTablesCache, type GroupedStay } from './grouper-tables.cache';

export type { GroupedStay } from './grouper-tables.cache';

/**
 * The MS-DRG grouper for the product: picks the version by discharge date among the tables in
 * DATA_DIR/msdrg-grouper (loaded and compiled on first use, then kept in memory) and groups.
 */
@Injectable()
export class GrouperService {
  private readonly cache: GrouperTablesCache;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly lookup: CodeSetLookup,
    private readonly settings: AuditSettingsService,
  ) {
    this.cache = new GrouperTablesCache(config.DATA_DIR);
  }

  /** Groups one stay with the version of its discharge date; "no grouper for this year" rather than another version. */
  groupStay(dischargeDate: string, input: GrouperInput): GroupedStay {
    return this.cache.groupStay(dischargeDate, input);
  }

  /** Loads and compiles every version's tables now rather than on the first stay that needs them. */
  preload(): string[] {
    return this.cache.loadAll();
  }

  private async describe(fiscalYear: number, drg: string): Promise<RegroupDrgDto> {
    const padded = drg.padStart(3, '0');
    const info = await this.lookup.drg(fiscalYear, padded);
    return {
      drg: padded,
      title: info?.title ?? null,
      weight: info?.relativeWeight != null ? String(info.relativeWeight) : null,
    };
  }

  /** Live regroup for review: the grouper's DRG and weight, the change against the billed DRG, and what drove it. */
  async regroup(body: RegroupRequest): Promise<RegroupResponse> {
    const input: GrouperInput = {
      age: body.age,
      sex: body.sex,
      dischargeStatus: body.dischargeStatus,
      pdx: body.principal,
      sdx: body.secondaries.map((s) => ({ code: s.code, poa: s.poa })),
      procedures: body.procedures,
    };
    const missing = missingInputs(input);
    const grouped = this.groupStay(body.dischargeDate, input);
    const fiscalYear = grouped.fiscalYear;
    const billed = body.billedDrg && fiscalYear !== null ? await this.describe(fiscalYear, body.billedDrg) : null;
    if (!grouped.ok) {
      return {
        version: null,
        fiscalYear,
        returnCode: 'NO_GROUPER_FOR_VERSION',
        message: grouped.message,
        missing,
        drg: null,
        initialDrg: null,
        mdc: null,
        medSurg: null,
        severity: null,
        secondaries: [],
        hacs: [],
        billed,
        change: null,
      };
    }
    const r = grouped.result;
    const drg = await this.describe(grouped.fiscalYear, String(r.finalDrg));
    const drivers = new Set(severityDrivers(r));
    const baseRate = await this.settings.baseRateFor(body.facility);
    let change: RegroupResponse['change'] = null;
    if (billed) {
      const changed = billed.drg !== drg.drg;
      const delta =
        billed.weight !== null && drg.weight !== null
          ? drgPaymentDelta(Number(billed.weight), Number(drg.weight), baseRate)
          : null;
      change = {
        changed,
        weightDelta: delta?.weightDelta ?? null,
        paymentDelta: delta?.amount ?? null,
        baseRate,
        direction: delta?.direction ?? null,
      };
    }
    return {
      version: grouperVersionLabel(grouped.version),
      fiscalYear: grouped.fiscalYear,
      returnCode: r.returnCode,
      message: r.message,
      missing,
      drg,
      initialDrg: String(r.initialDrg).padStart(3, '0'),
      mdc: r.finalMdc,
      medSurg: r.medSurg,
      severity: r.severity,
      secondaries: r.secondaries.map((s) => ({
        code: s.code,
        poa: s.poa,
        severity: s.severity,
        usage: s.usage,
        drives: drivers.has(s.code),
      })),
      hacs: r.hacs.map((h) => ({ number: h.number, description: h.description, codes: [...h.codes] })),
      billed,
      change,
    };
  }
}
