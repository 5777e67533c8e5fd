import type { EncounterCoderOptions, SessionUser } from '@recode/contracts';
import type { DataSource } from 'typeorm';
import { encounterCoderVisibility } from './encounter-scope';

/**
 * The coders whose encounters the caller can see (the same rule as encounterVisibility): the
 * coder and team filters of the encounters list. Auditors see the coders of their audits and teams
 * here although they may not use the coder admin endpoints.
 */
export async function listEncounterCoders(db: DataSource, user: SessionUser): Promise<EncounterCoderOptions> {
  const scope = encounterCoderVisibility(user, 'c');
  const rows: {
    id: string;
    external_id: string;
    display_name: string;
    team_id: string | null;
    team_name: string | null;
  }[] = await db
    .createQueryBuilder()
    .select([
      'c.id AS id',
      'c.external_id AS external_id',
      'c.display_name AS display_name',
      'c.team_id AS team_id',
      't.name AS team_name',
    ])
    .from('coders', 'c')
    .leftJoin('teams', 't', 't.id = c.team_id')
    .where(scope.sql, scope.params)
    .orderBy('c.display_name', 'ASC')
    .addOrderBy('c.id', 'ASC')
    .getRawMany();
  return {
    items: rows.map((r) => ({
      id: r.id,
      externalId: r.external_id,
      displayName: r.display_name,
      teamId: r.team_id,
      teamName: r.team_name,
    })),
  };
}
