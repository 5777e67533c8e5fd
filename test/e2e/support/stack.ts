// Where the e2e stack runs (set by global-setup.ts) and who can sign in to it (the seed's demo users).

function fromEnv(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(
      `${name} is not set: run the browser tests with \`jest --selectProjects e2e\` so global setup starts the stack`,
    );
  return value;
}

/** Base URL of the web app (vite preview, which proxies /api to the API). */
export function stackUrl(): string {
  return fromEnv('RECODE_E2E_WEB_URL');
}

/** Base URL of the API itself, for arranging data without the browser. */
export function apiUrl(): string {
  return fromEnv('RECODE_E2E_API_URL');
}

/** The e2e run's own database, for assertions on what the browser did. */
export function databaseUrl(): string {
  return fromEnv('RECODE_E2E_DATABASE_URL');
}

export interface DemoUser {
  email: string;
  password: string;
}

export const DEMO_PASSWORD = 'RecodeDemo!2026';

export const DEMO_USERS = {
  admin: { email: 'admin@recode.test', password: DEMO_PASSWORD },
  supervisor: { email: 'supervisor@recode.test', password: DEMO_PASSWORD },
  /** Professional fee only: no other journey works that team, so its figures are a spec's own. */
  supervisor2: { email: 'supervisor2@recode.test', password: DEMO_PASSWORD },
  auditor: { email: 'auditor@recode.test', password: DEMO_PASSWORD },
  auditor2: { email: 'auditor2@recode.test', password: DEMO_PASSWORD },
  coder: { email: 'coder@recode.test', password: DEMO_PASSWORD },
  coder2: { email: 'coder2@recode.test', password: DEMO_PASSWORD },
} as const satisfies Record<string, DemoUser>;

export type DemoRole = keyof typeof DEMO_USERS;
