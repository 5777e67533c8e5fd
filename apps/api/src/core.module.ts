import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { LoggerModule } from 'nestjs-pino';
import { AuditLogModule } from './audit-log/audit-log.module';
import { AuditsModule } from './audits/audits.module';
import { AuthModule } from './auth/auth.module';
import { CodeSetsModule } from './code-sets/code-sets.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { RedisModule } from './common/redis.module';
import { ConfigModule } from './config/config.module';
import type { AppConfig } from './config/env';
import { dataSourceOptions } from './database/data-source';
import { DisputesModule } from './disputes/disputes.module';
import { EncountersModule } from './encounters/encounters.module';
import { ImportsModule } from './imports/imports.module';
import { JobsModule } from './jobs/jobs.module';
import { NotificationsModule } from './notifications/notifications.module';
import { SettingsModule } from './settings/settings.module';
import { UsersModule } from './users/users.module';
import { GrouperModule } from './grouper/grouper.module';
import { ExportsModule } from './exports/exports.module';

/**
 * Everything both processes share: config, database, Redis, logging, jobs and the domain modules.
 * main.ts adds HTTP on top; worker.ts adds the BullMQ workers. Job handlers live in these modules.
 */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, processName: 'api' | 'worker'): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            base: { process: processName },
            genReqId: (req, res) => {
              const given = req.headers['x-request-id'];
              const id = typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
              res.setHeader('x-request-id', id);
              return id;
            },
            redact: ['req.headers.cookie', 'res.headers["set-cookie"]', 'req.body.password'],
            autoLogging: { ignore: (req) => req.url === '/health' },
          },
        }),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.DATABASE_URL), logging: ['error'] }),
        RedisModule,
        JobsModule,
        AuditLogModule,
        UsersModule,
        AuthModule,
        CodeSetsModule,
        ImportsModule,
        EncountersModule,
        SettingsModule,
        NotificationsModule,
        AuditsModule,
        DashboardModule,
        DisputesModule,
        GrouperModule,
        ExportsModule,
      ],
    };
  }
}
