// The code sets module's public surface.
export { CodeSetsModule } from './code-sets.module';
export { CodeSetLookup } from './code-set-lookup';
export * from './code-set-resolution';
