// The audits feature's public surface: labels the worklist and review screens share.
export { AUDIT_STATUS_LABELS, ITEM_STATUS_LABELS } from './audit-status';
export { DIRECTION_LABELS, IMPACT_LABELS } from './finding-labels';
export { formatMoney } from './score-format';
