// The audits feature's public surface: labels the worklist and review screens share.
export { AUDIT_STATUS_LABELS, ITEM_STATUS_LABELS } from './audit-status';
export {
  DIRECTION_LABELS,
  FINDING_TYPE_LABELS,
  IMPACT_LABELS,
  REFERENCE_KIND_LABELS,
  ROOT_CAUSE_LABELS,
} from './finding-labels';
export { formatMoney } from './score-format';
export { referenceText } from './finding-labels';
