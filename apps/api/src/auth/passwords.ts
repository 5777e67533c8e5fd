// Temporary: password hashing moved to credentials/passwords.ts. Kept so branches merged alongside still compile; remove after the merge.
export * from '../credentials';
