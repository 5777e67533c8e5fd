import { Test } from '@nestjs/testing';
import { DiscoveryModule } from '@nestjs/core';
import { Injectable } from '@nestjs/common';
import { ApiClient, startTestApp, type TestApp } from '../support/test-app';
import { parseConfig } from '../../src/config/env';
import { JobRegistry } from '../../src/jobs/job-registry';
import { JobHandler } from '../../src/jobs/job-handler.decorator';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('health and readiness', () => {
  it('answers /health and /ready with every dependency up', async () => {
    const c = new ApiClient(t.url);
    expect((await c.get('/health')).body).toEqual({ status: 'ok' });
    const ready = await c.get('/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({
      status: 'ready',
      checks: { postgres: { ok: true }, redis: { ok: true }, migrations: { ok: true } },
    });
  });

  it('is not ready when Redis cannot be reached', async () => {
    const broken = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const ready = await new ApiClient(broken.url).get('/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.checks.redis.ok).toBe(false);
      expect(ready.body.checks.postgres.ok).toBe(true);
    } finally {
      await broken.close();
    }
  });
});

describe('HTTP hygiene', () => {
  it('sends security headers and a request id, and never a stack trace', async () => {
    const res = await new ApiClient(t.url).get('/api/no-such-route');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'NOT_FOUND', message: 'No such route', details: [] } });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('x-request-id')).toMatch(/^[\w-]+$/);
  });

  it('echoes a caller-supplied request id', async () => {
    const res = await fetch(`${t.url}/health`, { headers: { 'x-request-id': 'trace-abc-123' } });
    expect(res.headers.get('x-request-id')).toBe('trace-abc-123');
  });

  it('publishes OpenAPI at /api/docs', async () => {
    const doc = await new ApiClient(t.url).get('/api/docs/openapi.json');
    expect(doc.body.info.title).toBe('Recode API');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/users', '/api/audit-log']),
    );
    expect((await fetch(`${t.url}/api/docs`)).status).toBe(200);
  });
});

describe('configuration', () => {
  it('names each missing or bad variable', () => {
    expect(() => parseConfig({ DATABASE_URL: 'mysql://x', PORT: 'eighty' })).toThrow(
      /DATABASE_URL: must be a postgres:\/\/ URL[\s\S]*PORT/,
    );
    expect(() => parseConfig({ REDIS_PREFIX: 'bad prefix!' })).toThrow(/REDIS_PREFIX/);
    expect(parseConfig({}).PORT).toBe(3000);
  });
});

describe('schema', () => {
  it('has migrations that match the entities exactly', async () => {
    const pending = await t.db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});

describe('job handlers', () => {
  it('refuse to start when a contract job has no handler or two', async () => {
    const init = async (providers: (typeof JobRegistry | (new () => unknown))[]) =>
      (await Test.createTestingModule({ imports: [DiscoveryModule], providers }).compile()).init();
    await expect(init([JobRegistry])).rejects.toThrow(/job "maintenance.purge-sessions" has no handler/);

    @Injectable()
    class First {
      @JobHandler('maintenance.purge-sessions') run(): Promise<void> {
        return Promise.resolve();
      }
    }
    @Injectable()
    class Second {
      @JobHandler('maintenance.purge-sessions') run(): Promise<void> {
        return Promise.resolve();
      }
    }
    await expect(init([JobRegistry, First, Second])).rejects.toThrow(/has 2 handlers/);
  });

  it('has exactly one handler per job in the running app', () => {
    expect(() => t.app.get(JobRegistry).onModuleInit()).not.toThrow();
  });
});
