import type { EntityManager } from 'typeorm';
import { execute } from '../database/sql';

/**
 * Ends every session of a user at once (deactivation, a role change, a reset password). Sessions are
 * auth's table; this one statement is what the user administration needs of them, kept here so users
 * does not import auth (auth depends on users for the directory).
 */
export async function revokeSessionsOf(m: EntityManager, userId: string): Promise<void> {
  await execute(m, 'DELETE FROM sessions WHERE user_id = $1', [userId]);
}
