import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditSettingsDto, UpdateAuditSettingsRequest } from '@recode/contracts';
import { DEFAULT_SCORING_SETTINGS } from '@recode/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { AuditLogService } from '../audit-log';
import type { AuthedContext } from '../common/request-context';
import { execute, selectRows } from '../database/sql';

const settingRow = z.object({ key: z.string(), value: z.unknown() });

/** Built-in values, used for any key no admin has set. The base rate is in the range of a national IPPS operating rate. */
export const DEFAULT_AUDIT_SETTINGS: Readonly<AuditSettingsDto> = Object.freeze({
  scoringWeights: { ...DEFAULT_SCORING_SETTINGS },
  defaultBaseRate: 6500,
  facilityBaseRates: {},
  exclusionWindowDays: 180,
  dueInDays: 14,
  rebuttalBusinessDays: 5,
  accuracyTarget: 0.95,
});

/** Setting field ↔ row key in `settings`. */
const KEYS: Readonly<Record<keyof AuditSettingsDto, string>> = {
  scoringWeights: 'scoring.weights',
  defaultBaseRate: 'payment.defaultBaseRate',
  facilityBaseRates: 'payment.facilityBaseRates',
  exclusionWindowDays: 'audit.exclusionWindowDays',
  dueInDays: 'audit.dueInDays',
  rebuttalBusinessDays: 'audit.rebuttalBusinessDays',
  accuracyTarget: 'audit.accuracyTarget',
};

@Injectable()
export class AuditSettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auditLog: AuditLogService,
  ) {}

  /** Read fresh each time (a handful of rows): a changed base rate applies to the very next save. */
  async get(manager: EntityManager = this.db.manager): Promise<AuditSettingsDto> {
    const rows = await selectRows(manager, settingRow, 'SELECT key, value FROM settings WHERE key = ANY($1)', [
      Object.values(KEYS),
    ]);
    const byKey = new Map(rows.map((row) => [row.key, row.value]));
    const settings: Record<string, unknown> = { ...DEFAULT_AUDIT_SETTINGS };
    for (const [field, key] of Object.entries(KEYS)) if (byKey.has(key)) settings[field] = byKey.get(key);
    return settings as unknown as AuditSettingsDto;
  }

  async baseRateFor(facility: string | null, manager?: EntityManager): Promise<number> {
    const settings = await this.get(manager);
    return (facility !== null ? settings.facilityBaseRates[facility] : undefined) ?? settings.defaultBaseRate;
  }

  async update(ctx: AuthedContext, patch: UpdateAuditSettingsRequest): Promise<AuditSettingsDto> {
    return this.db.transaction(async (m) => {
      const before = await this.get(m);
      for (const [field, value] of Object.entries(patch)) {
        if (value === undefined) continue;
        await execute(
          m,
          `INSERT INTO settings (key, value, updated_by_id, updated_at) VALUES ($1, $2::jsonb, $3, now())
           ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_by_id = excluded.updated_by_id, updated_at = now()`,
          [KEYS[field as keyof AuditSettingsDto], JSON.stringify(value), ctx.user.id],
        );
      }
      const after = await this.get(m);
      const changed = Object.keys(patch).filter(
        (field) =>
          JSON.stringify(before[field as keyof AuditSettingsDto]) !==
          JSON.stringify(after[field as keyof AuditSettingsDto]),
      );
      const details = Object.fromEntries(
        changed.map((f) => [f, { from: before[f as keyof AuditSettingsDto], to: after[f as keyof AuditSettingsDto] }]),
      );
      await this.auditLog.record(
        ctx,
        { action: 'settings.updated', entityType: 'settings', entityId: 'audit', details },
        m,
      );
      return after;
    });
  }
}
