// Temporary: Roles and friends moved to common/roles.decorator.ts. Kept so branches merged alongside still compile; remove after the merge.
export * from '../common/roles.decorator';
