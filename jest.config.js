// Four Jest projects: fast unit specs beside the code, data specs that read the reference files,
// integration specs that talk to the real PostgreSQL and Redis (a fresh database and key prefix per
// run, see apps/api/test/support), and browser journeys against a whole running stack (test/e2e/support).
// SWC strips types without checking them (tsc -b does that in its own step), with NestJS's legacy
// decorators and their metadata; faster than ts-jest for the unit and data specs.
const swc = (tsx) => [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx, decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];
const transform = { '^.+\\.ts$': swc(false), '^.+\\.tsx$': swc(true) };
// Integration and browser specs load the TypeORM entities, whose relations import each other: SWC's
// decorator metadata reads the related class at load time (TDZ error), tsc's does not. They stay on
// ts-jest, whose compile time is small beside their database and browser work.
const tsJest = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }] };
const moduleNameMapper = { '^@recode/(domain|contracts)$': '<rootDir>/libs/$1/src/index.ts' };

module.exports = {
  // Jest reads testTimeout only at the top level; browser and integration specs need the room.
  testTimeout: 120000,
  // Known long spec files (`// test cost: long`) first, so none starts late and runs alone at the end of a run.
  testSequencer: '<rootDir>/test/support/long-first-sequencer.mjs',
  projects: [
    {
      displayName: 'unit',
      rootDir: __dirname,
      testEnvironment: 'node',
      transform,
      moduleNameMapper,
      testMatch: [
        '<rootDir>/libs/*/src/**/*.spec.ts',
        '<rootDir>/apps/api/src/**/*.spec.ts',
        '<rootDir>/apps/web/src/**/*.spec.ts',
      ],
    },
    {
      // Specs that read the reference files in DATA_DIR (../shared/data) but need no server.
      displayName: 'data',
      rootDir: __dirname,
      testEnvironment: 'node',
      transform,
      moduleNameMapper,
      testMatch: ['<rootDir>/apps/api/src/**/*.data-spec.ts'],
    },
    {
      displayName: 'integration',
      rootDir: __dirname,
      testEnvironment: 'node',
      transform: tsJest,
      moduleNameMapper,
      testMatch: ['<rootDir>/apps/api/test/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/apps/api/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/apps/api/test/support/global-teardown.ts',
      // Each spec file gets its own copy of the run's database and its own Redis prefix.
      setupFilesAfterEnv: ['<rootDir>/apps/api/test/support/file-database.ts'],
      testTimeout: 60000,
    },
    {
      displayName: 'e2e',
      rootDir: __dirname,
      testEnvironment: 'node',
      transform: tsJest,
      moduleNameMapper,
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/e2e/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/e2e/support/global-teardown.ts',
      testTimeout: 120000,
    },
  ],
};
