import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { parseConfig, type AppConfig } from '../../src/config/env';
import { createHttpApp } from '../../src/http-app';

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  db: DataSource;
  config: AppConfig;
  close(): Promise<void>;
}

/** The real HTTP app on an ephemeral port, against this run's database and Redis prefix. */
export async function startTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const config = parseConfig({ ...process.env, PORT: '0', ...overrides });
  const app = await createHttpApp(config, { logs: false });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    url: `http://127.0.0.1:${address.port}`,
    db: app.get<DataSource>(getDataSourceToken()),
    config,
    close: () => app.close(),
  };
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A small client that keeps the session cookie, like a browser would. */
export class ApiClient {
  cookie = '';
  constructor(
    readonly baseUrl: string,
    readonly ip = '127.0.0.1',
  ) {}

  async request<T = any>(method: string, path: string, body?: unknown, rawBody?: string): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { 'x-forwarded-for': this.ip };
    if (this.cookie) headers.cookie = this.cookie;
    if (body !== undefined || rawBody !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON (e.g. the OpenAPI HTML page)
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get<T = any>(path: string): Promise<ApiResponse<T>> {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown): Promise<ApiResponse<T>> {
    return this.request<T>('POST', path, body);
  }
  patch<T = any>(path: string, body?: unknown): Promise<ApiResponse<T>> {
    return this.request<T>('PATCH', path, body);
  }

  async login(email: string, password = 'RecodeDemo!2026'): Promise<ApiResponse> {
    const res = await this.post('/api/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  }
}

/** Signs in as a seeded demo user (see src/seed/demo-accounts.ts). */
export async function signedIn(app: TestApp, email: string, ip?: string): Promise<ApiClient> {
  const client = new ApiClient(
    app.url,
    ip ?? `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  );
  await client.login(email);
  return client;
}
