import { ROLES } from '@recode/contracts';
import { formatRole } from '../../../lib/format';

export const ROLE_SELECT_OPTIONS = ROLES.map((role) => ({ value: role, label: formatRole(role) }));
