import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DisputeFindingDto, DisputeHistoryDto, DisputeListQuery, SessionUser } from '@recode/contracts';
import { DataSource } from 'typeorm';
import { AuditLogService } from '../audit-log';
import { CodeSetLookup } from '../code-sets';
import { notFound } from '../common/errors';
import type { AuthedContext } from '../common/request-context';
import { findingScope, loadDisputeRows, loadEvents, toDisputeFindingDto } from './dispute-rows';
import { loadFindingClaim } from './finding-claim';

/** Statuses where each role may have a move to make; the exact test is the domain's (allowedActions). */
function awaitingFilter(user: SessionUser): string {
  if (user.role === 'coder') return `f.status IN ('open', 'upheld')`;
  if (user.role === 'auditor') return `f.status IN ('disputed', 'escalated')`;
  return `f.status = 'escalated'`;
}

/** The disputes list's scope and view as SQL (the list and its CSV export share it); `awaiting` is narrowed further by allowedActions. */
export function disputeListWhere(user: SessionUser, query: DisputeListQuery, params: unknown[]): string {
  const scope = findingScope(user, params);
  const view =
    query.view === 'awaiting'
      ? awaitingFilter(user)
      : user.role === 'coder'
        ? 'TRUE'
        : `EXISTS (SELECT 1 FROM dispute_events d WHERE d.finding_id = f.id AND d.action = 'dispute')`;
  return `${scope} AND ${view}`;
}

@Injectable()
export class DisputesReaderService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly lookup: CodeSetLookup,
    private readonly auditLog: AuditLogService,
  ) {}

  /**
   * awaiting: findings where the caller has a move now (coder: respond or escalate; auditor: answer,
   * or rule as a second reviewer; supervisor/admin: rule). all: a coder's every released finding;
   * for the others every finding that was disputed.
   */
  async list(ctx: AuthedContext, query: DisputeListQuery): Promise<DisputeFindingDto[]> {
    const params: unknown[] = [];
    const rows = await loadDisputeRows(this.db, disputeListWhere(ctx.user, query, params), params);
    const dtos = rows.map((row) => toDisputeFindingDto(ctx.user, row));
    return query.view === 'awaiting' ? dtos.filter((d) => d.allowedActions.length > 0) : dtos;
  }

  async history(ctx: AuthedContext, findingId: string): Promise<DisputeHistoryDto> {
    const params: unknown[] = [findingId];
    const [row] = await loadDisputeRows(this.db, `f.id = $1 AND ${findingScope(ctx.user, params)}`, params, 1);
    if (!row) throw notFound('FINDING_NOT_FOUND', 'Finding');
    const history = {
      finding: toDisputeFindingDto(ctx.user, row),
      events: await loadEvents(this.db, findingId),
      claim: await loadFindingClaim(this.db, this.lookup, findingId),
    };
    // The history carries the encounter's claim (PHI), so each read is audit-logged like an encounter view.
    await this.auditLog.record(ctx, {
      action: 'finding.dispute_viewed',
      entityType: 'finding',
      entityId: findingId,
      details: { auditId: history.finding.auditId, encounterExternalId: history.finding.encounterExternalId },
    });
    return history;
  }
}
