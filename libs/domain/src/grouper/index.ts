export * from './types';
export * from './formula';
export * from './tables-types';
export * from './tables';
export * from './group';
export * from './prepare';
export * from './oracle-format';
export * from './version';
