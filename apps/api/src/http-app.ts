import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { bodyParserErrors, ErrorFilter } from './common/error.filter';
import { rejectNulBytes } from './common/nul-bytes';
import { trustOneHop } from './common/trust-proxy';
import { noStore } from './common/no-store';
import { json } from 'express';
import type { AppConfig } from './config/env';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { guardPoolClients } from './database/pool-guard';

/** Builds the HTTP app; shared by main.ts and the integration tests so both run the same stack. */
export async function createHttpApp(
  config: AppConfig,
  options: { logs?: boolean } = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    abortOnError: false,
    bodyParser: false,
  });
  guardPoolClients(app.get<DataSource>(getDataSourceToken()), (m) => app.get(Logger).warn(m));
  if (options.logs !== false) app.useLogger(app.get(Logger));
  else app.useLogger(false);
  app.set('trust proxy', trustOneHop(config.TRUST_PROXY));
  app.disable('x-powered-by');
  app.use(helmet());
  // Answers carry patient data: no browser or proxy may keep a copy (the ETag still saves bandwidth on revalidation).
  app.use(noStore);
  app.use(cookieParser());
  app.use(json({ limit: '1mb' }), bodyParserErrors, rejectNulBytes);
  app.useGlobalFilters(new ErrorFilter());
  app.setGlobalPrefix('api', {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'ready', method: RequestMethod.GET },
    ],
  });
  app.enableShutdownHooks();
  const doc = new DocumentBuilder()
    .setTitle('Recode API')
    .setDescription(
      'Sample-based audits of medical coding. Errors are always { "error": { "code", "message", "details" } }.',
    )
    .setVersion('0.1.0')
    .addCookieAuth('recode_sid')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, doc), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });
  return app;
}
