import type { DataSource } from 'typeorm';
import type { CodeSetLookup } from '../code-sets';
import { selectRows } from '../database/sql';
import { DescriptionRow } from './encounter-rows';

type DescribedSystem = 'ICD10CM' | 'ICD10PCS' | 'CPT' | 'HCPCS';

/**
 * Short descriptions of an encounter's codes from the code set of its own year (ICD-10 by fiscal
 * year, HCPCS and a customer's CPT file by the date): the words a coder saw when coding, not today's.
 * Codes the set does not know (or CPT without a licensed file) get no description.
 */
export async function describeCodes(
  db: DataSource,
  lookup: CodeSetLookup,
  at: { fiscalYear: number; date: string },
  codes: readonly { system: DescribedSystem; code: string }[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const systems = [...new Set(codes.map((c) => c.system))];
  await Promise.all(
    systems.map(async (system) => {
      const resolved =
        system === 'ICD10CM' || system === 'ICD10PCS'
          ? await lookup.resolveYear(system, at.fiscalYear)
          : await lookup.resolve(system, at.date);
      if (!resolved.ok) return;
      const wanted = codes.filter((c) => c.system === system).map((c) => c.code);
      const rows = await selectRows(
        db,
        DescriptionRow,
        'SELECT code, short_description AS description FROM codes WHERE code_set_id = $1 AND code = ANY($2::text[])',
        [resolved.codeSet.id, wanted],
      );
      for (const row of rows) out.set(`${system}:${row.code}`, row.description);
    }),
  );
  return out;
}
