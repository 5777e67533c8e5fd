import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RatStatsExportPart } from '@recode/contracts';
import { ratStatsReport, type NumberedFrameSelection, type NumberedPick } from '@recode/domain';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AuditLogService } from '../../audit-log';
import { conflict } from '../../common/errors';
import type { AuthedContext } from '../../common/request-context';
import { ExportRunner, cursorBatches, fileStem, type CsvColumn } from '../../csv-export';
import { selectRow } from '../../database/sql';
import { AuditsService } from '../lifecycle/audits.service';

/** The encounter columns both CSVs carry after their numbers: record numbers and dates only, never a patient identifier. */
const ENCOUNTER_SELECT = `e.external_id AS encounter, v.encounter_date::text AS encounter_date, v.setting, v.facility, c.external_id AS coder`;
const ENCOUNTER_JOIN = `JOIN encounter_versions v ON v.id = d.frame_version_ids[x.k] JOIN encounters e ON e.id = v.encounter_id JOIN coders c ON c.id = v.coder_id`;

const FRAME_SQL = `SELECT x.k::int AS frame_number, ${ENCOUNTER_SELECT}
   FROM audit_ratstats_draws d CROSS JOIN LATERAL generate_subscripts(d.frame_version_ids, 1) AS x(k) ${ENCOUNTER_JOIN}
  WHERE d.audit_id = $1 ORDER BY x.k`;

/** Sample ascending by frame number (RAT-STATS's "sequential order"), then spares in draw order, each with its selection order. */
const SELECTION_SQL = `SELECT x.kind, x.ord::int AS selection_order, x.k AS frame_number, ${ENCOUNTER_SELECT}
   FROM audit_ratstats_draws d
   CROSS JOIN LATERAL (SELECT 'sample' AS kind, s.ord, s.k FROM unnest(d.sample_numbers) WITH ORDINALITY AS s(k, ord)
                       UNION ALL
                       SELECT 'spare', cardinality(d.sample_numbers) + s.ord, s.k FROM unnest(d.spare_numbers) WITH ORDINALITY AS s(k, ord)) x
   ${ENCOUNTER_JOIN}
  WHERE d.audit_id = $1 ORDER BY x.kind = 'spare', CASE WHEN x.kind = 'sample' THEN x.k ELSE x.ord END`;

interface EncounterColumns {
  encounter: string;
  encounter_date: string;
  setting: string;
  facility: string | null;
  coder: string;
}
const ENCOUNTER_COLUMNS: CsvColumn<EncounterColumns>[] = [
  { header: 'encounter', value: (r) => r.encounter },
  { header: 'encounter_date', value: (r) => r.encounter_date },
  { header: 'setting', value: (r) => r.setting },
  { header: 'facility', value: (r) => r.facility },
  { header: 'coder', value: (r) => r.coder },
];
type FrameRow = EncounterColumns & { frame_number: number };
type SelectionRow = FrameRow & { kind: string; selection_order: number };
const FRAME_COLUMNS: CsvColumn<FrameRow>[] = [
  { header: 'frame_number', value: (r) => r.frame_number },
  ...ENCOUNTER_COLUMNS,
];
const SELECTION_COLUMNS: CsvColumn<SelectionRow>[] = [
  { header: 'kind', value: (r) => r.kind },
  { header: 'selection_order', value: (r) => r.selection_order },
  ...FRAME_COLUMNS,
];

const DRAW_ROW = z.object({
  seed: z.string(),
  frameOrder: z.string(),
  frameSize: z.number().int(),
  sampleNumbers: z.array(z.number().int()),
  spareNumbers: z.array(z.number().int()),
  sum: z.string().transform(Number),
});
type StoredDraw = z.infer<typeof DRAW_ROW>;

/** The stored numbers as the domain's selection (items are the numbers themselves: the report prints numbers only). */
export function storedSelection(draw: StoredDraw): NumberedFrameSelection<number> {
  const pick = (order: number, number: number): NumberedPick<number> => ({ order, number, item: number });
  const n = draw.sampleNumbers.length;
  return {
    seed: Number(draw.seed),
    frameSize: draw.frameSize,
    sample: draw.sampleNumbers.map((k, i) => pick(i + 1, k)).sort((a, b) => a.number - b.number),
    spares: draw.spareNumbers.map((k, i) => pick(n + i + 1, k)),
    sum: draw.sum,
  };
}

/** The numbered frame, the selection and the RAT-STATS-layout report of an audit drawn with RAT-STATS random numbers. */
@Injectable()
export class RatStatsExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audits: AuditsService,
    private readonly runner: ExportRunner,
    private readonly auditLog: AuditLogService,
  ) {}

  async export(ctx: AuthedContext, auditId: string, part: RatStatsExportPart, res: Response): Promise<void> {
    const audit = await this.audits.visibleRow(ctx, auditId);
    const draw = await selectRow(
      this.db,
      DRAW_ROW,
      `SELECT seed, frame_order AS "frameOrder", frame_size AS "frameSize", sample_numbers AS "sampleNumbers",
              spare_numbers AS "spareNumbers", numbers_sum::text AS sum
         FROM audit_ratstats_draws WHERE audit_id = $1`,
      [auditId],
    );
    if (!draw)
      throw conflict(
        'AUDIT_NOT_RATSTATS',
        'This audit has no RAT-STATS draw: it was planned with another method, or is not sampled yet',
      );
    const stem = `audit-${fileStem(audit.name)}-ratstats`;
    const logged = { action: 'audit.exported' as const, entityType: 'audit', entityId: auditId };
    const filters = { part: `ratstats_${part}`, frameOrder: draw.frameOrder };
    if (part === 'frame')
      return this.runner.send<FrameRow>(ctx, res, {
        ...logged,
        filters,
        fileName: `${stem}-frame.csv`,
        columns: FRAME_COLUMNS,
        batches: cursorBatches<FrameRow>(this.db, FRAME_SQL, [auditId]),
      });
    if (part === 'selection')
      return this.runner.send<SelectionRow>(ctx, res, {
        ...logged,
        filters,
        fileName: `${stem}-selection.csv`,
        columns: SELECTION_COLUMNS,
        batches: cursorBatches<SelectionRow>(this.db, SELECTION_SQL, [auditId]),
      });
    const report = ratStatsReport(audit.name, storedSelection(draw));
    await this.auditLog.record(ctx, {
      ...logged,
      details: { filters, rows: draw.sampleNumbers.length + draw.spareNumbers.length, complete: true },
    });
    res.status(200);
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${stem}-report.txt"`);
    res.end(report);
  }
}
