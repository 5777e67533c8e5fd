import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ROLES, type SessionUser } from '@recode/contracts';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { selectRow } from '../database/sql';

const SessionUserRow = z.object({
  id: z.string(),
  email: z.string(),
  display_name: z.string(),
  role: z.enum(ROLES),
  coder_id: z.string().nullable(),
  must_change_password: z.boolean(),
  team_ids: z.array(z.string()),
});

/** Reads who a user is for authorisation: role, teams, linked coder. One query. */
@Injectable()
export class UserDirectory {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async sessionUser(userId: string): Promise<SessionUser | null> {
    const row = await selectRow(
      this.db,
      SessionUserRow,
      `SELECT u.id, u.email, u.display_name, u.role, u.coder_id, u.must_change_password,
              coalesce(array_agg(ut.team_id) FILTER (WHERE ut.team_id IS NOT NULL), '{}') AS team_ids
         FROM users u LEFT JOIN user_teams ut ON ut.user_id = u.id
        WHERE u.id = $1 AND u.active
        GROUP BY u.id`,
      [userId],
    );
    if (!row) return null;
    return {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      role: row.role,
      teamIds: row.team_ids,
      coderId: row.coder_id,
      mustChangePassword: row.must_change_password,
    };
  }
}
