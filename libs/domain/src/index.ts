// Pure domain logic: no I/O, no framework, no imports from other workspace packages.
export * from './code-sets';
export * from './disputes';
export * from './sampling';
export * from './scoring';
export * from './statistics';
export * from './grouper';
export * from './ratstats';
