import { ROLES } from '@recode/contracts';
import { readBoolean, readOneOf, readPositiveInt, readText } from '../../lib/search-params';
import type { UserListQuery } from './api/use-users';

export const USERS_PAGE_SIZE = 50;

export function parseUserListQuery(params: URLSearchParams): UserListQuery {
  return {
    page: readPositiveInt(params, 'page', 1),
    pageSize: readPositiveInt(params, 'pageSize', USERS_PAGE_SIZE, 200),
    q: readText(params, 'q'),
    role: readOneOf(params, 'role', ROLES),
    active: readBoolean(params, 'active'),
  };
}
