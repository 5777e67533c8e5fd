import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EncounterCoderOptions, EncounterDetailDto, EncounterListQuery, EncounterPage } from '@recode/contracts';
import { DataSource } from 'typeorm';
import { AuditLogService } from '../audit-log';
import { CodeSetLookup } from '../code-sets';
import { notFound } from '../common/errors';
import type { AuthedContext } from '../common/request-context';
import { listEncounterCoders } from './encounter-coders';
import { loadEncounterDetail } from './encounter-detail';
import { listEncounters } from './encounter-list';
import { encounterVisibility } from './encounter-scope';
import { rawRows } from '../database/sql';
import { EncounterRefRow } from './encounter-rows';

@Injectable()
export class EncountersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly lookup: CodeSetLookup,
    private readonly auditLog: AuditLogService,
  ) {}

  /** The list shows patient data too: the query and how many records it returned are audit-logged. */
  async list(ctx: AuthedContext, query: EncounterListQuery): Promise<EncounterPage> {
    const page = await listEncounters(this.db, ctx.user, query);
    await this.auditLog.record(ctx, {
      action: 'encounter.listed',
      entityType: 'encounter',
      details: { query, returned: page.items.length },
    });
    return page;
  }

  coders(ctx: AuthedContext): Promise<EncounterCoderOptions> {
    return listEncounterCoders(this.db, ctx.user);
  }

  /**
   * A patient record: every successful read is written to the audit log (HIPAA "minimum
   * necessary" review). Outside the caller's scope it is simply not found.
   */
  async get(ctx: AuthedContext, id: string, versionId?: string): Promise<EncounterDetailDto> {
    const scope = encounterVisibility(ctx.user, 'e');
    const raw: unknown = await this.db
      .createQueryBuilder()
      .select([
        'e.id AS id',
        'e.source AS source',
        'e.external_id AS external_id',
        'e.current_version_id AS current_version_id',
      ])
      .from('encounters', 'e')
      .where('e.id = :id', { id })
      .andWhere(scope.sql, scope.params)
      .getRawOne();
    const [encounter] = rawRows(EncounterRefRow, raw === undefined ? [] : [raw], 'the encounter read');
    if (!encounter) throw notFound('ENCOUNTER_NOT_FOUND', 'Encounter');
    const detail = await loadEncounterDetail(this.db, this.lookup, encounter, versionId);
    if (!detail) throw notFound('ENCOUNTER_NOT_FOUND', 'Encounter version');
    await this.auditLog.record(ctx, {
      action: 'encounter.viewed',
      entityType: 'encounter',
      entityId: id,
      details: { versionId: detail.version.id, version: detail.version.version, externalId: detail.externalId },
    });
    return detail;
  }
}
