import { Module } from '@nestjs/common';
import { AuditSettingsService } from './audit-settings.service';
import { SettingsController } from './settings.controller';

@Module({ controllers: [SettingsController], providers: [AuditSettingsService], exports: [AuditSettingsService] })
export class SettingsModule {}
