// The audits module's public surface: other API modules import from here, never from its folders.
export { AuditsModule } from './audits.module';
export { AuditFinding } from './entities/audit-finding.entity';
export { addBusinessDays } from './lifecycle/audit-lifecycle';
export {
  finalizeSettledAudits,
  settlementOf,
  settlesByItself,
  type Settlement,
  type SettlementCounts,
} from './lifecycle/audit-settlement';
export { describeCodes, describeDrg, type Described } from './review/code-descriptions';
export {
  COUNTED_AUDIT,
  COUNTED_RANDOM_AUDIT,
  COUNTED_TARGETED_AUDIT,
  FINDING_COUNTS_AGAINST_CODER,
  FINDING_STANDS,
  codeWeightSql,
  findingWeightSql,
  RANDOM_AUDIT,
  unsettledStatus,
} from './scores/scoring-sql';
