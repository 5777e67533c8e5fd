// Lint: typescript-eslint's recommended rules plus the module boundaries of the monorepo.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ['error', { patterns }];
const API_LIBS = {
  group: ['**/libs/*/src/**', '@recode/web', '**/apps/web/**'],
  message: 'import @recode/domain or @recode/contracts; never the web app.',
};
// Feature modules of the API (top-level folders of apps/api/src other than the shared kernel).
const API_MODULES = [
  'audit-log',
  'audits',
  'auth',
  'code-sets',
  'credentials',
  'dashboard',
  'disputes',
  'csv-export',
  'encounters',
  'exports',
  'grouper',
  'health',
  'imports',
  'notifications',
  'settings',
  'users',
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'out-tsc/**',
      'apps/api/src/database/migrations/**',
      'test/e2e/screenshots/**',
      'bench/results/**',
      'var/**',
      'tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      'no-console': 'off',
    },
  },
  // Tests may use `any` for response bodies they inspect field by field.
  {
    files: ['**/*.spec.ts', '**/*.data-spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  // NestJS injects by the constructor parameter's runtime type: a type-only import would erase it.
  { files: ['apps/api/**/*.ts'], rules: { '@typescript-eslint/consistent-type-imports': 'off' } },
  // libs/domain is pure: nothing of ours, no I/O, no framework.
  {
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['@recode/*', '**/apps/**', '**/libs/contracts/**'], message: 'libs/domain imports nothing of ours.' },
        {
          group: [
            'node:*',
            'fs',
            'path',
            'crypto',
            'http',
            'child_process',
            'pg',
            'ioredis',
            'bullmq',
            'typeorm',
            '@nestjs/*',
            'react',
            'react-dom',
          ],
          message: 'libs/domain is pure: no I/O, no framework.',
        },
      ]),
    },
  },
  // libs/contracts may use the domain's vocabulary, never an app.
  {
    files: ['libs/contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['@recode/api', '@recode/web', '**/apps/**'], message: 'contracts never import an app.' },
      ]),
    },
  },
  // The web app talks to the API over HTTP only.
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict([
        {
          group: ['@recode/api', '**/apps/api/**', '@nestjs/*', 'typeorm', 'pg', 'ioredis', 'bullmq'],
          message: 'web never imports the API: use @recode/contracts and HTTP.',
        },
        {
          group: ['../../*/api/**', '../../*/components/**', '**/features/*/api/**', '**/features/*/components/**'],
          message: "features do not reach into each other's internals (only their routes are shared).",
        },
      ]),
    },
  },
  // The API reaches libs through their package names, never by relative path.
  {
    files: ['apps/api/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([API_LIBS]) },
  },
  // API modules talk through each other's index.ts (or Nest module); common, config, database and jobs
  // are the shared kernel. The composition roots (core.module, the entity registry, CLIs, seed, demo)
  // may reach anywhere.
  {
    files: ['apps/api/src/**/*.ts'],
    ignores: [
      'apps/api/src/*.ts',
      'apps/api/src/database/entities.ts',
      'apps/api/src/database/data-source.ts',
      'apps/api/src/{cli,seed,demo,bench}/**',
    ],
    rules: {
      'no-restricted-imports': restrict([
        API_LIBS,
        {
          group: API_MODULES.flatMap((m) => [`../${m}/**`, `../../${m}/**`, `../../../${m}/**`]),
          message: "API modules import each other's index.ts, never their internals.",
        },
        {
          group: ['bench', 'cli'].flatMap((d) => [`../${d}/**`, `../../${d}/**`, `../../../${d}/**`]),
          message: 'The benchmarks and CLIs use the product; the product never imports them.',
        },
      ]),
    },
  },
  // Typed SQL: every raw SQL row of the API is checked against a named zod schema (database/sql.ts,
  // database/pg-sql.ts), so nothing `any` flows on; the type-aware no-unsafe-* rules keep it so.
  {
    files: ['apps/api/src/**/*.ts'],
    // Migrations only run DDL and read nothing back.
    ignores: ['**/*.spec.ts', 'apps/api/src/database/migrations/**'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
      '@typescript-eslint/no-unsafe-argument': 'error',
    },
  },
);
