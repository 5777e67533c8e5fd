// The disputes feature's public surface: the feedback and worklist screens reuse these.
export { useDisputes } from './api/use-disputes';
export { DisputeFindingCard, findingCardLabel } from './components/dispute-finding-card';
export { DisputesToAnswer } from './components/dispute-queue';
export { FINDING_STATUS_LABELS } from './dispute-labels';
export { codeChange, EVENT_LABELS } from './dispute-labels';
export { useDisputeHistory } from './api/use-dispute-history';
