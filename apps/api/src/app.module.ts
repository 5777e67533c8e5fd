import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from './config/env';
import { CoreModule } from './core.module';
import { HealthController } from './health/health.controller';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: AppModule, imports: [CoreModule.forRoot(config, 'api')], controllers: [HealthController] };
  }
}
